bash -c 'trap "echo got TERM" TERM; kill $$; echo after; trap - TERM; kill -TERM $$; echo never'; echo status=$?
bash -c 'trap "echo usr1" USR1; kill -USR1 $$; kill -s USR1 $$; echo done'
bash -c 'trap "" INT; kill -INT $$; echo ignored'
(trap 'echo sub-term' TERM; kill $BASHPID 2>/dev/null || kill $$; echo end-sub) ; echo st=$?
trap 'echo hup' HUP; trap -p HUP; trap - HUP; trap -p HUP; echo ok
