package org.practica.certificates.application;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The certificates of a bulk run still without their PDF, in one partition (id modulo the
 * partitions), as issuing makes them: it waits a moment when it has caught up, and ends once
 * issuing is done and nothing is left to print.
 */
@Named("bulkPrintReader")
@Dependent
public class BulkPrintReader extends AbstractItemReader {

    private static final int PAGE = 200;
    private static final long WAIT_MILLIS = 150;

    @Inject
    @BatchProperty(name = "run")
    String run;

    @Inject
    @BatchProperty(name = "partition")
    String partition;

    @Inject
    @BatchProperty(name = "partitions")
    String partitions;

    @Inject
    BulkIssuances bulk;

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastId = 0;
    }

    @Override
    public Object readItem() throws InterruptedException {
        while (page.isEmpty() && !exhausted) {
            boolean issuingDone = bulk.issuingDone(Long.parseLong(run));
            page.addAll(bulk.unprinted(Long.parseLong(run), Integer.parseInt(partition), Integer.parseInt(partitions), lastId, PAGE));
            if (page.isEmpty()) {
                if (issuingDone) {
                    exhausted = true;
                } else {
                    Thread.sleep(WAIT_MILLIS);
                }
            }
        }
        Long next = page.poll();
        if (next != null) {
            lastId = next;
        }
        return next;
    }
}
