package org.kitabruecke.notification.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * {@code kitabruecke.mail.send.failures}: every time the mail server refused or could not be reached, counted at
 * the one place all mails pass, the {@link JavaMailSender} (a proxy of the same class, so nothing else changes). The
 * outbox retries such a mail; the counter shows the trouble before anything is parked.
 */
@Component
class MailFailureCounter implements BeanPostProcessor, SmartInitializingSingleton {

    private final ObjectProvider<MeterRegistry> registry;
    private volatile @Nullable Counter failures;

    // the registry is looked up once every bean exists: a post-processor that needs it at once would create it
    // before the post-processors that configure it
    MailFailureCounter(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof JavaMailSender)) {
            return bean;
        }
        var proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((MethodInterceptor) invocation -> {
            try {
                return invocation.proceed();
            } catch (MailException failed) {
                if (invocation.getMethod().getName().equals("send")) {
                    counter().increment();
                }
                throw failed;
            }
        });
        return proxy.getProxy(bean.getClass().getClassLoader());
    }

    /** Registered at start, so that the series exists (at 0) before the first failure. */
    @Override
    public void afterSingletonsInstantiated() {
        counter();
    }

    private Counter counter() {
        Counter counter = failures;
        if (counter == null) {
            counter = Counter.builder("kitabruecke.mail.send.failures")
                    .description("Mails the mail server refused or could not be reached for")
                    .register(registry.getObject());
            failures = counter;
        }
        return counter;
    }
}
