package corpussearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.util.Version;
import org.junit.jupiter.api.Test;

/**
 * The tests run on the Lucene the build names ({@code lucene.version}, 10.4.0 under the
 * {@code lucene-10.4} profile that stands for OpenSearch 3.6), not on another one that a
 * dependency or a stale build folder slipped onto the classpath.
 */
class LuceneVersionTest {

  @Test
  void theLuceneOnTheClasspathIsTheOneTheBuildNames() {
    String named = System.getProperty("corpussearch.lucene.version");
    assertThat(named).as("lucene.version, passed by surefire").isNotBlank();
    assertThat(Version.LATEST.toString()).isEqualTo(named);
    assertThat(Version.class.getPackage().getImplementationVersion()).startsWith(named);
  }
}
