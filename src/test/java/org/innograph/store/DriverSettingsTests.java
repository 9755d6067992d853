package org.innograph.store;

import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The driver's logging as the service configures it: the customizer Spring Boot applies,
 * on a real driver configuration, its logger fed messages the way the driver logs them.
 */
class DriverSettingsTests {

	private static final String NAME = "org.neo4j.driver.DriverSettingsTests";

	private final Logger logback = (Logger) LoggerFactory.getLogger(NAME);

	private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

	@BeforeEach
	void listen() {
		this.lines.start();
		this.logback.addAppender(this.lines);
		this.logback.setLevel(Level.INFO);
	}

	@AfterEach
	void stopListening() {
		this.logback.detachAppender(this.lines);
		this.logback.setLevel(null);
	}

	@Test
	void theDriverLogsThroughSlf4jAndFormatsOnlyWhatItsLevelLetsThrough() {
		Config.ConfigBuilder builder = Config.builder();
		new DriverSettings().serviceDriverSettings().customize(builder);
		org.neo4j.driver.Logger driverLog = builder.build().logging().getLog(NAME);
		AtomicInteger formatted = new AtomicInteger();
		Object argument = new Object() {
			@Override
			public String toString() {
				formatted.incrementAndGet();
				return "[connection 7]";
			}
		};

		driverLog.debug("C: RUN %s", argument);
		driverLog.trace("C: FLUSH %s", argument);
		assertThat(formatted).as("debug and trace formatted while off").hasValue(0);
		assertThat(this.lines.list).isEmpty();

		driverLog.info("Closing %s", argument);
		assertThat(formatted).hasValue(1);
		assertThat(this.lines.list).singleElement()
			.satisfies((line) -> assertThat(line.getFormattedMessage()).isEqualTo("Closing [connection 7]"));
	}

}
