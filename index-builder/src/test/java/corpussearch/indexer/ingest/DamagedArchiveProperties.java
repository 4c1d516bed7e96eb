package corpussearch.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.TempFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Archives damaged at random places, built beside sound articles: never a failed build, never a
 * damaged index, every record wholly before the damage (and, when reading can resume, wholly after
 * it) found, at most one report line for the damaged file.
 */
class DamagedArchiveProperties {

  private static final int PAGES = 6;

  @Property(tries = 12)
  void cutAnywhere(@ForAll boolean gzip, @ForAll @IntRange(max = 9_999) int where) throws IOException {
    try (TempFolder temp = TempFolder.create("cut")) {
      Archive archive = Archive.beside(new WebCorpus(temp.path()), gzip);
      List<Long> ends = archive.ends();
      Path file = archive.file();
      long cut = (long) where * ends.get(PAGES - 1) / 10_000;
      Files.write(file, Arrays.copyOf(Files.readAllBytes(file), (int) cut));

      WebCorpus web = archive.web();
      WebCorpus.Report report = web.build("--allow-empty");

      assertSound(web, archive.sound());
      assertThat(web.unsearchable(pagesEndingBy(ends, cut))).isEmpty();
      // A cut at a record's end loses nothing it had begun; a cut at 0 leaves an empty archive, said as such.
      assertThat(report.errors(archive.name())).hasSize(ends.contains(cut) ? 0 : 1);
    }
  }

  @Property(tries = 12)
  void corruptAnywhere(@ForAll boolean gzip, @ForAll @IntRange(max = 9_999) int where,
      @ForAll @IntRange(min = 1, max = 32) int length, @ForAll @IntRange(min = 1, max = 255) int flip) throws IOException {
    try (TempFolder temp = TempFolder.create("corrupt")) {
      Archive archive = Archive.beside(new WebCorpus(temp.path()), gzip);
      List<Long> ends = archive.ends();
      Path file = archive.file();
      byte[] bytes = Files.readAllBytes(file);
      int from = (int) ((long) where * (bytes.length - length) / 10_000);
      for (int i = from; i < from + length; i++) {
        bytes[i] ^= (byte) flip;
      }
      Files.write(file, bytes);

      WebCorpus web = archive.web();
      WebCorpus.Report report = web.build("--allow-empty");

      assertSound(web, archive.sound());
      assertThat(web.unsearchable(pagesEndingBy(ends, from))).isEmpty();
      assertThat(report.errors(archive.name())).hasSizeLessThanOrEqualTo(1);
      if (gzip) {
        // Members after the damaged one are whole: reading resumes at the first of them.
        assertThat(web.unsearchable(pagesStartingFrom(ends, from + length))).isEmpty();
      }
    }
  }

  /** An archive of {@link #PAGES} pages beside the sound articles, with where each record ends. */
  private record Archive(WebCorpus web, List<Integer> sound, String name, List<Long> ends) {

    static Archive beside(WebCorpus web, boolean gzip) throws IOException {
      List<Integer> sound = web.soundArticles();
      String name = gzip ? "crawl.warc.gz" : "crawl.warc";
      return new Archive(web, sound, name, web.archive(name, gzip, 1, PAGES));
    }

    Path file() {
      return web.corpus.resolve(name);
    }
  }

  private static void assertSound(WebCorpus web, List<Integer> sound) throws IOException {
    assertThat(web.indexIsClean()).isTrue();
    assertThat(web.unsearchable(sound)).isEmpty();
  }

  /** The pages whose records end at or before {@code offset}. */
  private static List<Integer> pagesEndingBy(List<Long> ends, long offset) {
    return WebCorpus.range(1, PAGES).stream().filter(n -> ends.get(n - 1) <= offset).toList();
  }

  /** The pages whose records start at or after {@code offset}. */
  private static List<Integer> pagesStartingFrom(List<Long> ends, long offset) {
    return WebCorpus.range(2, PAGES).stream().filter(n -> ends.get(n - 2) >= offset).toList();
  }

}
