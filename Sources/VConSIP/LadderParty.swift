import VConModel

/// A vCon party as the ladder sees it: an index and the identities used to name lanes and match URIs.
public struct LadderParty: Sendable, Equatable {
    /// Index in the vCon `parties` array.
    public var index: Int
    /// Party `name`.
    public var name: String?
    /// Party `tel` (a number, with or without `tel:`).
    public var tel: String?
    /// Party `sip` (with or without `sip:`).
    public var sip: String?
    /// Party `mailto` (with or without `mailto:`).
    public var mailto: String?
    /// Party `sip_display_name` (SIP signaling draft §4.3).
    public var sipDisplayName: String?
    /// Party `sip_contact` (SIP signaling draft §4.1), matched against Request-URIs.
    public var sipContact: String?
    /// Party `sip_user_agent` (SIP signaling draft §4.2).
    public var sipUserAgent: String?
    /// Party `role` (contact-center extension §3.1.1), shown in the lane header.
    public var role: String?

    /// Creates a party; every identity is optional.
    public init(
        index: Int, name: String? = nil, tel: String? = nil, sip: String? = nil, mailto: String? = nil,
        sipDisplayName: String? = nil, sipContact: String? = nil, sipUserAgent: String? = nil, role: String? = nil
    ) {
        self.role = role
        self.index = index
        self.name = name
        self.tel = tel
        self.sip = sip
        self.mailto = mailto
        self.sipDisplayName = sipDisplayName
        self.sipContact = sipContact
        self.sipUserAgent = sipUserAgent
    }

    /// Address keys (see `SIPAddressKey`) of every identity this party has.
    public var addressKeys: [String] {
        var keys: [String] = []
        if let tel { keys += SIPAddressKey.keys(forTel: tel) }
        for uri in [sip, mailto, sipContact].compactMap({ $0 }) { keys += SIPAddressKey.keys(forURI: uri) }
        return keys
    }
}
