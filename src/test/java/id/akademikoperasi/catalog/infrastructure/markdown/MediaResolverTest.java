package id.akademikoperasi.catalog.infrastructure.markdown;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MediaResolverTest {

    private static final Map<String, String> FILES = Map.of(
            "media/bmc.png", "/files/aaa/bmc.png",
            "lessons/gambar.png", "/files/bbb/gambar.png",
            "media/sub/peta.jpg", "/files/ccc/peta.jpg");

    private final List<String> asked = new ArrayList<>();
    private final MediaResolver resolver = MediaResolver.inPackage("lessons/02-kanvas.md", path -> {
        asked.add(path);
        return Optional.ofNullable(FILES.get(path));
    });

    @Test
    void resolvesFromTheLessonFolderFirstThenFromThePackageRoot() {
        assertEquals(Optional.of("/files/aaa/bmc.png"), resolver.resolve("media/bmc.png"));
        assertEquals(List.of("lessons/media/bmc.png", "media/bmc.png"), asked);
        assertEquals(Optional.of("/files/aaa/bmc.png"), resolver.resolve("./media/bmc.png"));
        assertEquals(Optional.of("/files/aaa/bmc.png"), resolver.resolve("../media/bmc.png"));
        assertEquals(Optional.of("/files/bbb/gambar.png"), resolver.resolve("gambar.png"));
        assertEquals(Optional.of("/files/ccc/peta.jpg"), resolver.resolve("media/./sub//peta.jpg#bagian"));
        assertEquals(Optional.of("/files/ccc/peta.jpg"), resolver.resolve("media/sub/../sub/peta.jpg?v=2"));
        assertEquals(Optional.of("/files/aaa/bmc.png"), resolver.resolve("media%2Fbmc.png"));
    }

    @Test
    void aLessonAtThePackageRootResolvesRelativeToTheRoot() {
        MediaResolver atRoot = MediaResolver.inPackage("pelajaran.md", path -> Optional.ofNullable(FILES.get(path)));
        assertEquals(Optional.of("/files/aaa/bmc.png"), atRoot.resolve("./media/bmc.png"));
        assertEquals(Optional.empty(), atRoot.resolve("../media/bmc.png"));
    }

    @Test
    void nothingOutsideThePackageOrNotARelativePath() {
        for (String reference : List.of("", " ", "#bagian", "../../media/bmc.png", "/media/bmc.png",
                "//example.com/media/bmc.png", "https://example.com/media/bmc.png", "media\\bmc.png",
                "media%5Cbmc.png", "%2E%2E/%2E%2E/media/bmc.png", "media/bmc.png%", "media/bmc.png%zz",
                "c:/media/bmc.png", "media/tidak-ada.png")) {
            assertEquals(Optional.empty(), resolver.resolve(reference), reference);
        }
    }

    @Test
    void noneResolvesNothing() {
        assertEquals(Optional.empty(), MediaResolver.none().resolve("media/bmc.png"));
    }
}
