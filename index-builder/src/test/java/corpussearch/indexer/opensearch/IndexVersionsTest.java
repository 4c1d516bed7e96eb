package corpussearch.indexer.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Naming, numbering, swapping and pruning the versions behind an alias. */
class IndexVersionsTest {

  static final String ALIAS = "corpus";

  /** Other indices of the cluster: versions of other aliases, and names that only look alike. */
  static final List<String> OTHERS = List.of("corpus", "corpus-test-v9", "corpusv3", "corpus-v", "corpus-v0", "corpus-v07",
      "corpus-v3-old", "news-v12", "corpus-vx");

  @Provide
  Arbitrary<Set<Integer>> versions() {
    return Arbitraries.integers().between(1, 10_000).set().ofMaxSize(8);
  }

  /** The next version is one past the highest, is free, and reads back as its number. */
  @Property(tries = 300)
  void numbersTheNextVersionPastTheHighest(@ForAll("versions") Set<Integer> numbers) {
    List<String> indices = new ArrayList<>(OTHERS);
    numbers.forEach(n -> indices.add(IndexVersions.name(ALIAS, n)));
    int next = IndexVersions.next(ALIAS, indices);
    assertThat(next).isEqualTo(numbers.stream().mapToInt(Integer::intValue).max().orElse(0) + 1);
    assertThat(indices).doesNotContain(IndexVersions.name(ALIAS, next));
    assertThat(IndexVersions.number(ALIAS, IndexVersions.name(ALIAS, next))).hasValue(next);
  }

  @Example
  void otherNamesAreNoVersions() {
    for (String other : OTHERS) {
      assertThat(IndexVersions.number(ALIAS, other)).as(other).isEmpty();
    }
  }

  /** After a swap, only the new version and the one it replaced are left of this alias's versions. */
  @Property(tries = 300)
  void prunesAllButTheNewAndThePreviousVersion(@ForAll("versions") Set<Integer> numbers, @ForAll @IntRange(min = 0, max = 8) int pick) {
    List<String> indices = new ArrayList<>(OTHERS);
    numbers.forEach(n -> indices.add(IndexVersions.name(ALIAS, n)));
    String next = IndexVersions.name(ALIAS, IndexVersions.next(ALIAS, indices));
    indices.add(next);
    List<String> versions = indices.stream().filter(index -> IndexVersions.number(ALIAS, index).isPresent()).toList();
    List<String> kept = List.of(versions.get(pick % versions.size()));
    List<String> obsolete = IndexVersions.obsolete(ALIAS, indices, next, kept);
    assertThat(obsolete).doesNotContain(next).doesNotContainAnyElementsOf(kept).doesNotContainAnyElementsOf(OTHERS);
    assertThat(obsolete.size() + new HashSet<>(List.of(next, kept.getFirst())).size()).isEqualTo(versions.size());
  }

  /** One request removes the alias from every index it names and adds it to the new one. */
  @Property(tries = 100)
  void swapsInOneRequest(@ForAll @Size(max = 3) List<@IntRange(min = 1, max = 99) Integer> current) {
    List<String> targets = current.stream().map(n -> IndexVersions.name(ALIAS, n)).toList();
    JsonNode actions = IndexVersions.swap(ALIAS, targets, "corpus-v100").path("actions");
    assertThat(actions).hasSize(targets.size() + 1);
    for (int i = 0; i < targets.size(); i++) {
      assertThat(actions.get(i).path("remove").path("index").asText()).isEqualTo(targets.get(i));
      assertThat(actions.get(i).path("remove").path("alias").asText()).isEqualTo(ALIAS);
    }
    assertThat(actions.get(targets.size()).path("add").path("index").asText()).isEqualTo("corpus-v100");
    assertThat(actions.get(targets.size()).path("add").path("alias").asText()).isEqualTo(ALIAS);
  }

  @Example
  void acceptsOnlyAliasesOpenSearchAccepts() {
    assertThat(List.of("corpus", "news_2024", "a-b", "9")).allMatch(IndexVersions::validAlias);
    assertThat(List.of("", "Corpus", "_corpus", "-corpus", "a b", "a,b", "a*", "a/b", "a".repeat(201)))
        .noneMatch(IndexVersions::validAlias);
  }
}
