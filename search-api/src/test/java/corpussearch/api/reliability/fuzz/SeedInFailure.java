package corpussearch.api.reliability.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Puts the seed and both samples of a failed property into its failure message, which the build
 * prints: jqwik's own report goes to the test's standard output, which surefire sends to a file.
 * Register on the property method with {@code @AddLifecycleHook(SeedInFailure.class)}.
 */
public final class SeedInFailure implements AroundPropertyHook {

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    PropertyExecutionResult result = property.execute();
    if (result.status() != PropertyExecutionResult.Status.FAILED) {
      return result;
    }
    String seed = result.seed().orElse("?");
    String message = String.format("%s failed with seed %s (replay: @Property(seed = \"%s\"))%n  shrunk sample: %s%n  original sample: %s%n  error: %s",
        context.label(), seed, seed, result.falsifiedParameters().orElse(null),
        result.originalSample().map(s -> s.parameters().toString()).orElse("?"),
        result.throwable().map(Throwable::getMessage).orElse("?"));
    return result.mapToFailed(new AssertionError(message, result.throwable().orElse(null)));
  }
}
