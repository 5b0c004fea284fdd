/// The people list of a case, and whom a summary must not name. Optional in the file so version-1 files
/// decode; the referrer is always one of them, as "the referrer".
extension CaseRecord {
    public var peopleList: [PersonInCase] {
        get { people ?? [] }
        set { people = newValue }
    }

    /// Everyone a summary redacts unless confirmed: the referrer (unless `referrerNamed`) and each person
    /// who may not be named; name and the role that replaces it.
    public func protectedPeople(referrerNamed: Bool) -> [(name: String, role: String)] {
        var list: [(String, String)] = []
        if !referrerNamed, !referral.referrer.isBlank { list.append((referral.referrer, "the referrer")) }
        for person in peopleList where !person.mayBeNamed && !person.name.isBlank {
            list.append((person.name, person.role.isBlank ? "a person known to the family" : person.role))
        }
        return list
    }
}
