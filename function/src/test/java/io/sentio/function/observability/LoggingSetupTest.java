package io.sentio.function.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.impl.Log4jContextFactory;
import org.apache.logging.log4j.core.selector.BasicContextSelector;
import org.apache.logging.log4j.util.Constants;
import org.junit.jupiter.api.Test;

/** The log4j2 system properties the function ships in {@code log4j2.component.properties}. */
class LoggingSetupTest {

    @Test
    void oneLoggerContextSoPowertoolsFindsItWithoutAStackWalkPerRequest() {
        var factory = (Log4jContextFactory) LogManager.getFactory();

        assertThat(factory.getSelector()).isInstanceOf(BasicContextSelector.class);
    }

    @Test
    void log4jRunsInItsLambdaModeEvenWithAServletClassOnTheTestClassPath() {
        assertThat(Constants.IS_WEB_APP).isFalse();
        assertThat(Constants.ENABLE_THREADLOCALS).isTrue();
    }
}
