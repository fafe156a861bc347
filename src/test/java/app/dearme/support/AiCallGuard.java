package app.dearme.support;

import app.dearme.ai.AiEngine;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Test-only decorator of the primary {@link AiEngine}: records every AI call made while the calling thread
 * is inside a transaction or has a JDBC connection bound (an LLM call can take minutes; holding a pooled
 * connection that long starves the pool). Transparent otherwise; {@code NoAiInTransactionIT} asserts that
 * nothing was recorded.
 */
@Component
public class AiCallGuard implements BeanPostProcessor {

    public static final List<String> VIOLATIONS = new CopyOnWriteArrayList<>();
    public static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    /** Pure queries about configuration, not AI calls. */
    private static final List<String> EXEMPT = List.of("embeddingsEnabled", "toString", "hashCode", "equals");

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!"aiEngine".equals(beanName) || !(bean instanceof AiEngine engine)) {
            return bean;
        }
        return Proxy.newProxyInstance(AiEngine.class.getClassLoader(), new Class<?>[] {AiEngine.class},
                (proxy, method, args) -> {
                    if (!EXEMPT.contains(method.getName())) {
                        CALLS.computeIfAbsent(method.getName(), k -> new AtomicInteger()).incrementAndGet();
                        check(method.getName());
                    }
                    try {
                        return method.invoke(engine, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static void check(String method) {
        boolean tx = TransactionSynchronizationManager.isActualTransactionActive();
        boolean connection = TransactionSynchronizationManager.getResourceMap().keySet().stream()
                .anyMatch(k -> k instanceof DataSource);
        if (tx || connection) {
            String caller = Arrays.stream(Thread.currentThread().getStackTrace())
                    .map(StackTraceElement::toString)
                    .filter(f -> f.startsWith("app.dearme.") && !f.contains("AiCallGuard"))
                    .limit(4).collect(Collectors.joining(" < "));
            VIOLATIONS.add(method + (tx ? " in a transaction" : "") + (connection ? " holding a connection" : "")
                    + " from " + caller);
        }
    }
}
