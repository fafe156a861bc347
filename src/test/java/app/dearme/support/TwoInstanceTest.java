package app.dearme.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** An integration test with a {@link SecondInstance} on the same database, started once per test class. */
public abstract class TwoInstanceTest extends IntegrationTest {

    protected static SecondInstance second;

    @BeforeAll
    static void startSecondInstance() {
        second = SecondInstance.start();
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
            second = null;
        }
    }
}
