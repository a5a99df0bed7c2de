package org.interchange.ui.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    @Test
    void removesScriptsAndEventHandlers() {
        String safe = HtmlSanitizer.sanitize(
                "<p onclick=\"steal()\">Hi</p><script>document.title='pwned'</script><img src=x onerror=alert(1)>");
        assertThat(safe).contains("<p>Hi</p>").doesNotContain("script", "onclick", "onerror", "pwned", "alert");
    }

    @Test
    void removesEverythingThatLoadsARemoteResource() {
        String safe = HtmlSanitizer.sanitize("""
                <html><head><title>T</title><link rel=stylesheet href="http://evil.example/a.css">
                <style>body{background:url(http://evil.example/b.png)}</style></head>
                <body background="http://evil.example/c.png">
                <img src="http://evil.example/track.gif" width=1 height=1>
                <img src="https://evil.example/track2.gif">
                <iframe src="https://evil.example/frame"></iframe>
                <object data="http://evil.example/o.swf"></object><embed src="http://evil.example/e">
                <video src="http://evil.example/v.mp4"></video><audio src="http://evil.example/a.mp3"></audio>
                <form action="http://evil.example/post"><input name=x></form>
                <div style="background-image:url(http://evil.example/d.png)">text</div>
                <table background="http://evil.example/t.png"><tr><td>cell</td></tr></table>
                </body></html>""");
        assertThat(safe).doesNotContain("evil.example", "<iframe", "<object", "<embed", "<video", "<audio",
                "<form", "<input", "style", "<link", "<title", "url(");
        assertThat(safe).contains("text", "cell");
    }

    @Test
    void keepsDataImagesAndSafeLinks() {
        String safe = HtmlSanitizer.sanitize("<img src=\"data:image/png;base64,AAAA\" alt=a>"
                + "<a href=\"https://example.org/x\">link</a><a href=\"javascript:alert(1)\">bad</a>"
                + "<a href=\"mailto:bob@example.org\">mail</a>");
        assertThat(safe).contains("src=\"data:image/png;base64,AAAA\"")
                .contains("href=\"https://example.org/x\"")
                .contains("rel=\"noopener noreferrer nofollow\"")
                .contains("href=\"mailto:bob@example.org\"")
                .doesNotContain("javascript");
    }

    @Test
    void replacesCidImagesByTheirInlinePartOrDropsTheSource() {
        String safe = HtmlSanitizer.sanitize("<img src=\"cid:logo@x\"><img src=\"cid:<other@x>\">",
                cid -> cid.equals("logo@x") ? Optional.of("data:image/png;base64,QUJD") : Optional.empty());
        assertThat(safe).contains("src=\"data:image/png;base64,QUJD\"").doesNotContain("cid:");
    }

    @Test
    void keepsTheLayoutAttributesMailUses() {
        String safe = HtmlSanitizer.sanitize("<table border=0 cellpadding=4 bgcolor=\"#eeeeee\"><tr>"
                + "<td align=right valign=top>x</td></tr></table><font color=red face=Arial>y</font>");
        assertThat(safe).contains("bgcolor=\"#eeeeee\"", "cellpadding=\"4\"", "align=\"right\"", "valign=\"top\"",
                "<font color=\"red\" face=\"Arial\">");
    }

    @Test
    void inlineStylesKeepOnlyHarmlessDeclarations() {
        String safe = HtmlSanitizer.sanitize("<p style=\"color: #333; background-color: rgb(250, 250, 250);"
                + " font-family: 'Segoe UI', Arial; padding: 4px 8px; position: fixed; top: 0\">a</p>"
                + "<p style=\"background: url(http://evil.example/x.png)\">b</p>"
                + "<p style=\"width: expression(alert(1))\">c</p>"
                + "<p style=\"color: red; background-image: image-set('x.png' 1x)\">d</p>"
                + "<p style=\"color: r\\65 d\">e</p>"
                + "<p style=\"display: none\">preheader</p>");
        assertThat(safe).contains("<p style=\"color: #333; background-color: rgb(250, 250, 250);"
                        + " font-family: 'Segoe UI', Arial; padding: 4px 8px;\">a</p>")
                .contains("<p>b</p>", "<p>c</p>", "<p style=\"color: red;\">d</p>", "<p>e</p>")
                .contains("<p style=\"display: none;\">preheader</p>")
                .doesNotContain("url(", "expression", "image-set", "position", "evil");
    }

    @Test
    void findsReferencedContentIds() {
        assertThat(HtmlSanitizer.referencedContentIds("<img src='cid:<a@b>'><img src='CID:c@d'><img src=x>"))
                .containsExactly("a@b", "c@d");
    }

    @Test
    void plainTextIsEscapedInTheDocument() {
        String page = MessageDocument.ofText("<script>alert(1)</script> & more");
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more")
                .doesNotContain("<script>")
                .contains("Content-Security-Policy");
    }
}
