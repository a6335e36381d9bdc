import Testing
import TerminalKit

@Suite struct TooSmallNoticeTests {
    @Test func saysWhatSizeIsNeeded() {
        #expect(render(TooSmallNotice(required: Size(width: 80, height: 24)), width: 30, height: 5).text == """

              Terminal too small
            need 80x24, have 30x5


        """)
    }
}
