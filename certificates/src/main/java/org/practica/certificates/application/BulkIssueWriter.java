package org.practica.certificates.application;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Issues a chunk of a bulk run's people in the chunk's transaction. */
@Named("bulkIssueWriter")
@Dependent
public class BulkIssueWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "run")
    String run;

    @Inject
    BulkIssuances bulk;

    @Override
    public void writeItems(List<Object> people) {
        bulk.issue(Long.parseLong(run), people.stream().map(String.class::cast).toList());
    }
}
