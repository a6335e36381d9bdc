import Testing
@testable import PilotReports

@Suite("Markdown escaping")
struct MarkdownTests {
    @Test("a plain & stays plain; only an & that would start a character reference is escaped")
    func ampersand() {
        #expect(Markdown.inline("intake & vetting, R&D, Q&A") == "intake & vetting, R&D, Q&A")
        #expect(Markdown.inline("&amp; &#38; &#x26; &copy;") == "&amp;amp; &amp;\\#38; &amp;\\#x26; &amp;copy;")
        #expect(Markdown.inline("fish &chips;") == "fish &amp;chips;")
        #expect(Markdown.inline("trailing &") == "trailing &")
    }

    @Test("what Markdown does need stays escaped: HTML, emphasis, tables, line breaks")
    func stillEscaped() {
        #expect(Markdown.inline("<b>x</b> | *y* [z](w)\nnext") == "&lt;b&gt;x&lt;/b&gt; \\| \\*y\\* \\[z\\](w)<br>next")
    }
}
