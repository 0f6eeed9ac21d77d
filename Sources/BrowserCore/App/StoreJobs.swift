import VConLibrary
import VConModel

/// The store's work off the UI loop: the next page, a filtered listing, a row opened, a link's target fetched.
/// Each job calls the session's catalog with the job's cancellation (Esc reaches PQcancel or the URL task) and
/// answers with the session grown over what it got, or with why the store could not answer.
extension BrowserApp {
    static func storeJob(for effect: Effect, session: BrowserSession) -> (@Sendable (Cancellation) -> Action)? {
        guard let catalog = session.catalog else { return nil }
        switch effect {
        case .listMore(let limit):
            return { cancellation in
                do throws(SourceError) {
                    try catalog.listOnDemand(limit: limit, cancellation: cancellation)
                    return .pageListed(SessionBox(session.grown()), failure: nil)
                } catch {
                    return .pageListed(SessionBox(session), failure: describe(error))
                }
            }
        case .relist(let filter, let text):
            return { cancellation in
                let fresh = catalog.relisted(filter: filter)
                do throws(SourceError) {
                    while fresh.needsEagerListing { try fresh.listOnDemand(limit: AppState.storePage, cancellation: cancellation) }
                    return .pageListed(SessionBox(session.relisted(fresh, filterText: text)), failure: nil)
                } catch {
                    return .pageListed(SessionBox(session), failure: describe(error))
                }
            }
        case .openEntry(let entry):
            return { cancellation in
                do throws(SourceError) {
                    _ = try catalog.open(entry, cancellation: cancellation)
                    return .entryOpened(SessionBox(session.grown()), entry: entry, failure: nil)
                } catch {
                    return .entryOpened(SessionBox(session), entry: entry, failure: describe(error))
                }
            }
        case .fetchReference(let uuid):
            return { cancellation in
                do throws(SourceError) {
                    let entry = try catalog.openReference(uuid: uuid, cancellation: cancellation)
                    return .referenceFetched(SessionBox(session.grown()), uuid: uuid, outcome: .opened(entry))
                } catch {
                    let outcome: ReferenceOutcome = error.kind == .notFound ? .missing : .failed(describe(error))
                    return .referenceFetched(SessionBox(session), uuid: uuid, outcome: outcome)
                }
            }
        default:
            return nil
        }
    }

    /// A store error for the status line (terminal-safe; stores never put credentials in their messages).
    static func describe(_ error: SourceError) -> String {
        if error.kind == .cancelled { return "cancelled" }
        return TextSafety.line(error.place) + ": " + TextSafety.line(error.message)
    }
}
