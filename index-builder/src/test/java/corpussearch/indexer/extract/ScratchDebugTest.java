package corpussearch.indexer.extract;

import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;

class ScratchDebugTest {
  @Test
  void debug() throws Exception {
    for (String name : List.of("t10_boone", "t07_buffalo", "t02_hudd", "t04_outback")) {
      Path dir = Path.of("src/test/resources/extraction-eval/heldout");
      Path f;
      try (var s = Files.list(dir)) { f = s.filter(p -> p.getFileName().toString().startsWith(name)).findFirst().get(); }
      ArticleLines page = new ArticleLines(Files.readAllLines(f));
      System.out.println("== " + name + " top=" + page.nonBlank().stream().filter(page::isTop).count());
      for (int line : page.nonBlank().stream().limit(45).toList()) {
        String t = page.text(line).strip();
        System.out.printf("%d title=%s furn=%s against=%s echo=%.2f | %s%n", line, TitleRules.isTitleLike(t), TitleRules.isFurniture(t), HeadlineEvidence.isAgainst(t), HeadlineOverByline.echo(page, t, line), t.length() > 70 ? t.substring(0, 70) : t);
      }
    }
  }
}
