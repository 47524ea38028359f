package org.kitabruecke;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/** Starts the {@link WithMailbox} class's mailbox, hands it to its tests, and stops it after the class. */
final class WithMailboxExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback,
        ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WithMailbox.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put(context.getRequiredTestClass(), new Mailbox());
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Mailbox mailbox = mailbox(context);
        mailbox.readyForNextTest();
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            for (Field field : ReflectionSupport.findFields(instance.getClass(),
                    f -> f.getType() == Mailbox.class && !Modifier.isStatic(f.getModifiers()),
                    HierarchyTraversalMode.TOP_DOWN)) {
                field.setAccessible(true);
                field.set(instance, mailbox);
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Mailbox mailbox = context.getStore(NAMESPACE).remove(context.getRequiredTestClass(), Mailbox.class);
        if (mailbox != null) {
            mailbox.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Mailbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return mailbox(context);
    }

    private static Mailbox mailbox(ExtensionContext context) {
        // the class's own context keeps it; a test's context looks there through its parent
        return context.getStore(NAMESPACE).get(context.getRequiredTestClass(), Mailbox.class);
    }
}
