import CaseworkCore

/// The case list as the filter and sort leave it, with how many rows are there only because the hidden
/// full name matched (the list says so, or a row with other initials would look like a wrong match).
struct VisibleCases: Sendable {
    var listings: [CaseListing] = []
    var matchedOnNameOnly = 0
}
