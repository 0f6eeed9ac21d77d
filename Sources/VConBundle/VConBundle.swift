// What a bundle is (layout, manifest, rules, creation plans) lives in the pure VConBundleModel; it is part of this
// adapter's API (`BundleReader` hands out its findings and manifest), so importing VConBundle brings it along.
// See DECISIONS.md, "Adapters hold only what touches their C library".
@_exported import VConBundleModel
