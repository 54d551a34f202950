package org.practica.identity.domain;

import java.time.Instant;
import java.util.List;

/** Each successful sign-in of an account: when, and from which address. */
public interface SignInRecords {

    void record(String username, String address, Instant at);

    /** The account's sign-ins, newest first. */
    List<SignInRecord> of(long accountId);

    record SignInRecord(Instant at, String address) {
    }
}
