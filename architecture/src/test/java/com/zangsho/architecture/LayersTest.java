package com.zangsho.architecture;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of docs/architecture.md, checked on the compiled classes of every module: arrows point
 * down (web → application → persistence → domain), the domain knows no framework but JPA's
 * annotations, and no module's packages depend on each other in a circle.
 */
@AnalyzeClasses(packages = "com.zangsho", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {
  private static final String DOMAIN = "com.zangsho.domain..";
  private static final String PERSISTENCE = "com.zangsho.persistence..";
  private static final String APPLICATION = "com.zangsho.application..";
  private static final String WEB = "com.zangsho.web..";
  private static final String IMPORTER = "com.zangsho.importer..";
  private static final String MAPPING = "com.zangsho.mapping..";

  @ArchTest
  static final ArchRule arrowsPointDown =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("web")
          .definedBy(WEB)
          .layer("application")
          .definedBy(APPLICATION)
          .layer("persistence")
          .definedBy(PERSISTENCE)
          .layer("domain")
          .definedBy(DOMAIN)
          .whereLayer("web")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("application")
          .mayOnlyBeAccessedByLayers("web")
          .whereLayer("persistence")
          .mayOnlyBeAccessedByLayers("application")
          .whereLayer("domain")
          .mayOnlyBeAccessedByLayers("persistence", "application", "web");

  @ArchTest
  static final ArchRule theDomainKnowsNoFramework =
      noClasses()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.ws.rs..",
              "jakarta.ejb..",
              "jakarta.enterprise..",
              "jakarta.inject..",
              "jakarta.json..",
              "jakarta.transaction..",
              "org.hibernate..")
          .because("the domain is entities, values and rules; JPA's mapping annotations only");

  @ArchTest
  static final ArchRule onlyTheWebKnowsHttp =
      noClasses()
          .that()
          .resideOutsideOfPackage(WEB)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..")
          .because("errors become HTTP answers in web-war only");

  @ArchTest
  static final ArchRule theCommandLineImporterStandsAlone =
      noClasses()
          .that()
          .resideInAPackage(IMPORTER)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(DOMAIN, PERSISTENCE, APPLICATION, WEB)
          .because("it talks to a server over HTTP, from any machine");

  @ArchTest
  static final ArchRule theMappingEngineStandsAlone =
      noClasses()
          .that()
          .resideInAPackage(MAPPING)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(DOMAIN, PERSISTENCE, APPLICATION, WEB, IMPORTER)
          .because("the command-line importer and the server's file imports both map with it");

  @ArchTest static final ArchRule noCyclesInTheDomain = packagesFreeOfCycles(DOMAIN);

  @ArchTest static final ArchRule noCyclesInPersistence = packagesFreeOfCycles(PERSISTENCE);

  @ArchTest static final ArchRule noCyclesInTheApplication = packagesFreeOfCycles(APPLICATION);

  @ArchTest static final ArchRule noCyclesInTheWeb = packagesFreeOfCycles(WEB);

  @ArchTest
  static final ArchRule entitiesNeverOnTheWire =
      noFields()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage(WEB)
          .should()
          .haveRawType(annotatedWith("jakarta.persistence.Entity"))
          .because("a wire type is built in web-war from what a service returned, field by field");

  private static ArchRule packagesFreeOfCycles(String module) {
    return slices()
        .matching(module.replace("..", ".(**)"))
        .should()
        .beFreeOfCycles()
        .because("a package sits either above or below each neighbour, never both");
  }
}
