package com.zangsho.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.zangsho.application.batch.BatchImportService;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Where a write's transaction begins (docs/architecture.md): at one boundary per entry point. The
 * application's services that write join the caller's transaction ({@code MANDATORY}), so a new
 * caller without a boundary fails at once instead of committing half a request on its own.
 */
@AnalyzeClasses(packages = "com.zangsho", importOptions = ImportOption.DoNotIncludeTests.class)
class TransactionBoundariesTest {
  @ArchTest
  static final ArchRule batchImportsJoinTheirCallersTransaction =
      classes()
          .that()
          .implement(BatchImportService.class)
          .and()
          .areNotInterfaces()
          .should()
          .beAnnotatedWith(transaction(TransactionAttributeType.MANDATORY));

  @ArchTest
  static final ArchRule servicesWritesJoinTheirCallersTransaction =
      methods()
          .that()
          .areDeclaredInClassesThat()
          .haveSimpleNameStartingWith("Default")
          .and()
          .areDeclaredInClassesThat()
          .haveSimpleNameEndingWith("Service")
          .and()
          .haveNameMatching("create.*|update|delete|cancel|reactivate|revoke|regenerate|ensure.*")
          .should()
          .beAnnotatedWith(transaction(TransactionAttributeType.MANDATORY));

  @ArchTest
  static final ArchRule theWebBeginsTransactionsOnlyAtItsBoundaries =
      classes()
          .that()
          .resideInAPackage("com.zangsho.web..")
          .and()
          .areAnnotatedWith(Stateless.class)
          .should()
          .haveSimpleNameEndingWith("Boundary")
          .orShould()
          .haveSimpleName("TenantCreation")
          .because(
              "the resources are not transactional: a write goes through WriteBoundary, an"
                  + " operator's new tenant through TenantCreation");

  private static DescribedPredicate<JavaAnnotation<?>> transaction(TransactionAttributeType type) {
    return DescribedPredicate.describe(
        "@TransactionAttribute(" + type + ")",
        annotation ->
            annotation.getRawType().isEquivalentTo(TransactionAttribute.class)
                && annotation
                    .get("value")
                    .map(value -> ((JavaEnumConstant) value).name().equals(type.name()))
                    .orElse(false));
  }
}
