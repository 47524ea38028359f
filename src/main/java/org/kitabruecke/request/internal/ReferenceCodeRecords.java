package org.kitabruecke.request.internal;

import java.util.List;
import org.kitabruecke.privacy.RecordCodes;
import org.kitabruecke.request.ReferenceCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The request behind a reference code, for the audit trail's search (the code stays after erasure). */
@Component
class ReferenceCodeRecords implements RecordCodes {

    private final HelpRequestRepository requests;

    ReferenceCodeRecords(HelpRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Record> recordsOf(String typedCode) {
        return ReferenceCode.parse(typedCode).flatMap(code -> requests.findByReferenceCode(code.value()))
                .map(request -> List.of(new Record("help_request", request.id()))).orElse(List.of());
    }
}
