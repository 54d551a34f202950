package org.practica.certificates.application;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.certificates.domain.bulk.BulkIssuanceRepository;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The people of a bulk run not yet processed, in order. What is done is marked in the database in
 * each chunk's transaction, so a fresh start of the job simply reads from the first unmarked.
 */
@Named("bulkIssueReader")
@Dependent
public class BulkIssueReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    @BatchProperty(name = "run")
    String run;

    @Inject
    BulkIssuances bulk;

    private final Deque<BulkIssuanceRepository.Pending> page = new ArrayDeque<>();
    private int lastPosition = -1;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        bulk.started(Long.parseLong(run));
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(bulk.pending(Long.parseLong(run), lastPosition, PAGE));
            exhausted = page.isEmpty();
        }
        BulkIssuanceRepository.Pending next = page.poll();
        if (next == null) {
            return null;
        }
        lastPosition = next.position();
        return next.person();
    }
}
