import VConModel

/// One item of a vCon by index (the model's item initialisers are internal to VConModel).
enum VConItems {
    static func party(_ vcon: VCon, _ index: Int) -> Party? { element(vcon.parties, index) }
    static func dialog(_ vcon: VCon, _ index: Int) -> Dialog? { element(vcon.dialog, index) }
    static func analysis(_ vcon: VCon, _ index: Int) -> Analysis? { element(vcon.analysis, index) }
    static func attachment(_ vcon: VCon, _ index: Int) -> Attachment? { element(vcon.attachments, index) }

    private static func element<T>(_ all: [T], _ index: Int) -> T? { index >= 0 && index < all.count ? all[index] : nil }
}
