package org.kitabruecke;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test, the static {@link SecurityContextHolder} uses the strategy of the Spring context that test runs
 * against. Vaadin's strategy keeps the logged-in user in a thread-local of its own instance, and every Spring context
 * installs a new instance statically: once a test class with a context of its own (a directory server's port, a
 * required second factor) has started, code that asks {@code SecurityContextHolder} (Vaadin's view access check)
 * would read that context's instance while the filter chain and {@code @WithMockUser} write the test's own, and
 * every staff page would be refused. In production there is one context, so this only concerns tests.
 */
public class OneSecurityContextStrategy implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifUnique(strategy -> {
            if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        });
    }
}
