import CaseworkCore
import CaseworkUI
import Foundation
import Testing

/// The remembered case list answers exactly what filtering and sorting again would, whatever changed.
@Suite struct ListingMemoTests {
    static func fresh(_ state: AppState) -> [CaseReference] {
        var copy = state
        copy.listingMemo = ListingMemo()
        return copy.visibleListings.map(\.reference)
    }

    @Test func followsEveryChangeTheListDependsOn() {
        var state = Fixtures.state()
        #expect(state.visibleListings.map(\.reference) == Self.fresh(state))
        Fixtures.press(&state, .char("s"))
        #expect(state.visibleListings.map(\.reference) == Self.fresh(state), "sort")
        Fixtures.press(&state, .char("/"))
        Fixtures.type(&state, "bcd")
        #expect(state.visibleListings.map(\.reference.rawValue) == ["BCD-1234"], "filter")
        #expect(state.visibleListings.map(\.reference) == Self.fresh(state))
        Fixtures.press(&state, .escape)
        #expect(state.visibleListings.count == 3, "filter cleared")
        state.listings.removeFirst()
        #expect(state.visibleListings.map(\.reference) == Self.fresh(state), "listings replaced")
        var copy = state
        copy.listings[0].updatedAt = Fixtures.now.adding(seconds: 60)
        #expect(copy.visibleListings.map(\.reference) == Self.fresh(copy), "a copy with other listings")
        #expect(state.visibleListings.map(\.reference) == Self.fresh(state), "the original, after the copy")
    }

    @Test func isNeverPartOfEquality() {
        let state = Fixtures.state()
        var other = state
        other.listingMemo = ListingMemo()
        _ = state.visibleListings
        #expect(state == other)
        #expect(state.hashValue == other.hashValue)
    }
}
