package corpussearch.api;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package structure docs/architecture.md describes, checked on the compiled classes: data
 * flows one way, from {@code app} through {@code http}/{@code web} and {@code service} down to
 * {@code search}, {@code facets}, {@code highlight}, {@code suggest} and the index; {@code metrics}
 * reads the service and the index and is wired in by {@code app}.
 */
@AnalyzeClasses(packages = "corpussearch.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule packagesFormNoCycle =
      slices().matching("corpussearch.api.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule searchKnowsNothingAbove =
      noClasses().that().resideInAPackage("corpussearch.api.search..")
          .should().dependOnClassesThat().resideInAnyPackage("corpussearch.api.http..", "corpussearch.api.web..",
              "corpussearch.api.service..", "corpussearch.api.app..");

  @ArchTest
  static final ArchRule partsOfASearchNeverCallTheServices =
      noClasses().that().resideInAnyPackage("corpussearch.api.search..", "corpussearch.api.facets..",
              "corpussearch.api.highlight..", "corpussearch.api.suggest..", "corpussearch.api.index..",
              "corpussearch.api.request..")
          .should().dependOnClassesThat().resideInAnyPackage("corpussearch.api.service..", "corpussearch.api.app..");

  /** The OpenSearch renderer is a part of a search like the Lucene one: it renders plans and reads answers, nothing above. */
  @ArchTest
  static final ArchRule openSearchRendererKnowsNothingAbove =
      noClasses().that().resideInAPackage("corpussearch.api.opensearch..")
          .should().dependOnClassesThat().resideInAnyPackage("corpussearch.api.http..", "corpussearch.api.web..",
              "corpussearch.api.service..", "corpussearch.api.app..", "corpussearch.api.relevance..", "corpussearch.api.index..");

  /**
   * The API, the page and the metrics see the index only through the backend seam ({@code
   * SearchBackend}), so every backend answers through the same handlers: never the Lucene
   * services, the index versions or the OpenSearch backend themselves.
   */
  @ArchTest
  static final ArchRule layersAboveUseOnlyTheBackendSeam =
      noClasses().that().resideInAnyPackage("corpussearch.api.http..", "corpussearch.api.web..", "corpussearch.api.metrics..")
          .should().dependOnClassesThat(resideInAnyPackage("corpussearch.api.index..", "corpussearch.api.cluster..",
              "corpussearch.api.opensearch..")
              .or(JavaClass.Predicates.simpleNameEndingWith("Service").and(resideInAPackage("corpussearch.api.service..")))
              .or(JavaClass.Predicates.simpleName("SearchStack")).or(JavaClass.Predicates.simpleName("LuceneBackend")));

  /** The OpenSearch backend renders through the renderer and never reaches into the embedded index. */
  @ArchTest
  static final ArchRule clusterBackendNeverReadsTheEmbeddedIndex =
      noClasses().that().resideInAPackage("corpussearch.api.cluster..")
          .should().dependOnClassesThat(JavaClass.Predicates.simpleNameStartingWith("IndexView")
              .or(JavaClass.Predicates.simpleNameEndingWith("Service").and(resideInAPackage("corpussearch.api.service..")))
              .or(JavaClass.Predicates.simpleName("SearchStack")));

  @ArchTest
  static final ArchRule metricsOnlyRead =
      noClasses().that().resideInAPackage("corpussearch.api.metrics..")
          .should().dependOnClassesThat().resideInAnyPackage("corpussearch.api.http..", "corpussearch.api.web..",
              "corpussearch.api.app..");

  @ArchTest
  static final ArchRule apiDoesNotUseThePage =
      noClasses().that().resideInAPackage("corpussearch.api.http..")
          .should().dependOnClassesThat().resideInAPackage("corpussearch.api.web..");

  @ArchTest
  static final ArchRule pageDoesNotUseTheApi =
      noClasses().that().resideInAPackage("corpussearch.api.web..")
          .should().dependOnClassesThat().resideInAPackage("corpussearch.api.http..");

  /** The OpenSearch client of the relevance baselines stays apart: it knows no corpus-search code, and only the suite uses it. */
  @ArchTest
  static final ArchRule openSearchClientKnowsNoCorpusSearchCode =
      noClasses().that().resideInAPackage("corpussearch.api.relevance.opensearch..")
          .should().dependOnClassesThat(resideInAPackage("corpussearch..").and(not(resideInAPackage("corpussearch.api.relevance.opensearch.."))));

  @ArchTest
  static final ArchRule onlyTheRelevanceSuiteUsesOpenSearch =
      noClasses().that().resideOutsideOfPackage("corpussearch.api.relevance..")
          .should().dependOnClassesThat().resideInAPackage("corpussearch.api.relevance.opensearch..");
}
