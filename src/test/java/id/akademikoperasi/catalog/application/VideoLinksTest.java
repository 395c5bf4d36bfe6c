package id.akademikoperasi.catalog.application;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VideoLinksTest {

    @ParameterizedTest
    @CsvSource({
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://www.youtube.com/shorts/dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://vimeo.com/76979871, https://player.vimeo.com/video/76979871?dnt=1"
    })
    void allowedHostsBecomeEmbeds(String url, String embed) {
        assertEquals(Optional.of(embed), VideoLinks.embedUrl(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://evil.example/watch?v=dQw4w9WgXcQ",
            "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ", "javascript:alert(1)", "https://youtu.be/short",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ\"><script>", ""})
    void everythingElseIsRefused(String url) {
        assertEquals(Optional.empty(), VideoLinks.embedUrl(url));
    }
}
