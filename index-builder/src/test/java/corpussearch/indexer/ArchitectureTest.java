package corpussearch.indexer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package structure docs/architecture.md describes, checked on the compiled classes: the
 * readers and rules below never call the pipeline that drives them.
 */
@AnalyzeClasses(packages = "corpussearch.indexer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule packagesFormNoCycle =
      slices().matching("corpussearch.indexer.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule onlyTheCommandLineDrivesThePipeline =
      noClasses().that().resideOutsideOfPackages("corpussearch.indexer", "corpussearch.indexer.pipeline..",
              "corpussearch.indexer.eval..")
          .should().dependOnClassesThat().resideInAPackage("corpussearch.indexer.pipeline..");
}
