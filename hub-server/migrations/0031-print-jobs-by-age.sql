-- The periodic print sweep expires open jobs by age across all printers; without this index it read every
-- open job (document and all) every five seconds, which grows with a printer that has been away all morning.
CREATE INDEX print_jobs_state_age ON print_jobs(state, created_at);
