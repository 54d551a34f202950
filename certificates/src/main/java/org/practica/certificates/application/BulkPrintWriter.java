package org.practica.certificates.application;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Makes and stores the signed PDFs of a chunk of a bulk run's certificates. */
@Named("bulkPrintWriter")
@Dependent
public class BulkPrintWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "run")
    String run;

    @Inject
    BulkIssuances bulk;

    @Override
    public void writeItems(List<Object> ids) {
        bulk.print(Long.parseLong(run), ids.stream().map(Long.class::cast).toList());
    }
}
