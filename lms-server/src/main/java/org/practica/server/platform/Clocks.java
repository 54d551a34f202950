package org.practica.server.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.practica.kernel.MillisecondClock;

import java.time.Clock;

/** The one clock every service takes "now" from; tests give services a fixed one instead. */
@ApplicationScoped
public class Clocks {

    @Produces
    Clock clock() {
        return MillisecondClock.utc();
    }
}
