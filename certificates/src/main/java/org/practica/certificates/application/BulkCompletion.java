package org.practica.certificates.application;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The last step of a bulk run: every certificate has its PDF, so the run is complete. */
@Named("bulkCompletion")
@Dependent
public class BulkCompletion extends AbstractBatchlet {

    @Inject
    @BatchProperty(name = "run")
    String run;

    @Inject
    BulkIssuances bulk;

    @Override
    public String process() {
        bulk.completed(Long.parseLong(run));
        return "COMPLETED";
    }
}
