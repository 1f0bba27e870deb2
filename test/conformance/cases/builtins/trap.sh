(trap 'echo exiting' EXIT; echo body)
(trap 'echo caught $?' ERR; false; true; (exit 3); echo end)
(trap 'echo one' EXIT; trap - EXIT; echo reset)
(trap 'echo hi' EXIT; trap -p EXIT)
trap 'echo bad' NOSIG
echo status=$?
