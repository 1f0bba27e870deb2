// The order of a trace array's event list (set_event reads it; set_event tokens walk it): newest
// first for events registered after the array was made, then the events that already existed,
// oldest first (list_add() at the head, also when an instance adds the existing events). And a
// trace_marker write while tracing is off is EBADF. Expected output recorded on a real Linux 6.1.
import { describe, expect, it } from 'vitest';
import { sh } from '../../user/helpers';

const SCRIPT = `echo 'u:e1 u32 a' >> dynamic_events
echo 'u:e2 u32 a' >> dynamic_events
echo 'u:e3 u32 a' >> dynamic_events
mkdir instances/o1
echo 'u:e4 u32 a' >> dynamic_events
echo 'u:e5 u32 a' >> dynamic_events
echo 'user_events' > instances/o1/set_event
cat instances/o1/set_event
echo '-:e2' >> dynamic_events
echo 'u:e2 u32 a' >> dynamic_events
echo 'user_events:e2' >> instances/o1/set_event
cat instances/o1/set_event
mkdir instances/o2
echo 'user_events' > instances/o2/set_event
cat instances/o2/set_event
echo 'user_events' > set_event
cat set_event | grep user_events
grep user_events available_events
echo 0 > tracing_on; echo x > trace_marker; echo "rc=$?"; echo 0 > instances/o2/tracing_on; echo x > instances/o2/trace_marker; echo "rc=$?"; echo 1 > tracing_on
echo > set_event; echo > instances/o1/set_event; echo > instances/o2/set_event; rmdir instances/o1 instances/o2; echo > dynamic_events
`;

const REAL_6_1 = `user_events:e5
user_events:e4
user_events:e1
user_events:e2
user_events:e3
bash: echo: write error: Device or resource busy
user_events:e5
user_events:e4
user_events:e1
user_events:e2
user_events:e3
user_events:e1
user_events:e2
user_events:e3
user_events:e4
user_events:e5
user_events:e5
user_events:e4
user_events:e3
user_events:e2
user_events:e1
user_events:e5
user_events:e4
user_events:e3
user_events:e2
user_events:e1
bash: echo: write error: Bad file descriptor
rc=1
bash: echo: write error: Bad file descriptor
rc=1
`;

describe('the event list order of each trace array', () => {
  it('matches the real kernel for instances made before and after events', () => {
    expect(sh(SCRIPT).out).toBe(REAL_6_1);
  });
});
