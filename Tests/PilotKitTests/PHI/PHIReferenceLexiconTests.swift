@testable import PilotKit
import Testing

/// The public name and place lists as the guard reads them: a word's flags say what it may be, and
/// a common English word is marked, not dropped, so that case and cues still decide.
struct PHIReferenceLexiconTests {
    private func flags(_ key: String) -> PHIReferenceLexicon.Flags {
        PHIReferenceLexicon.flags(forLowercase: Array(key.utf8))
    }

    @Test func surnamesGivenNamesAndPlacesAreListed() {
        #expect(flags("kowalczyk").contains(.surname))
        #expect(flags("pemberton").contains(.surname))
        #expect(flags("howard").contains(.givenName))
        #expect(flags("tuscaloosa").contains(.place))
        #expect(flags("baton rouge").contains(.place))
        #expect(flags("saint petersburg").contains(.place) && flags("st petersburg").contains(.place))
        #expect(flags("zürich").contains(.place) && flags("zurich").contains(.place))
    }

    @Test func commonWordsAreMarkedNotDropped() {
        for word in ["baker", "rice", "page", "chase"] {
            #expect(flags(word).isSuperset(of: [.surname, .commonWord]), "\(word)")
        }
        #expect(flags("drive") == .commonWord)
        #expect(!flags("kowalczyk").contains(.commonWord))
        #expect(flags("mobile").isSuperset(of: [.place, .commonWord]))
    }

    @Test func rareNamesRegionsAndDrugsAreTold() {
        #expect(flags("okafor").contains(.surname) && !flags("okafor").contains(.rareName))
        #expect(flags("chinedu").isSuperset(of: [.givenName, .rareName]))
        #expect(flags("georgia").contains(.region) && !flags("georgia").contains(.place))
        #expect(!flags("allegra").isName, "a drug that few people are named after")
        #expect(flags("angelica").isName, "a name that many people carry and a drug's too")
        #expect(flags("norco").contains(.place))
        #expect(flags("okonjo").isEmpty && flags("").isEmpty)
    }

    @Test func everyKeyOfTheListsIsIndexed() throws {
        let lines = PHIReferenceLexicon.entries.description.split(separator: "\n")
        #expect(PHIReferenceLexicon.count == lines.count)
        #expect(lines.count > 280_000)
        for line in [lines.first, lines.last] {
            let fields = try #require(line?.split(separator: "\t"))
            #expect(flags(String(fields[0])).rawValue == fields[1].utf8.first! - 0x30, "\(fields[0])")
        }
    }
}
