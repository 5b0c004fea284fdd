#!/usr/bin/env bash
# Regenerates docs/screens.md: drives the real workbench in tmux at 80x24 on a throw-away store
# with a fictional case, and keeps what capture-pane shows of each main screen.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="$(swift build --show-bin-path)/casework"
STORE="$(mktemp -d)/store"
S="casework-screens-$$"
OUT=docs/screens.md
trap 'tmux kill-session -t "$S" 2>/dev/null || true; tmux kill-session -t "$S-ro" 2>/dev/null || true' EXIT

wait_for() { for _ in $(seq 1 200); do tmux capture-pane -p -t "$1" | grep -qF -- "$2" && return 0; sleep 0.05; done; echo "timed out waiting for $2" >&2; exit 1; }
shot() { { echo; echo "## $2"; echo; echo '```text'; tmux capture-pane -p -t "$1"; echo '```'; } >> "$OUT"; }
keys() { tmux send-keys -t "$S" "$@"; }
text() { tmux send-keys -t "$S" -l "$1"; }

cat > "$OUT" <<'HEAD'
# Workbench screens

What `tmux capture-pane -p` shows of the main screens at 80x24 (and one at 120x40), on a fictional
case. Regenerate with `docs/screens.sh`. Colours do not show here; without colour (or with NO_COLOR set)
the selection and bars are drawn in reverse video.
HEAD

tmux new-session -d -s "$S" -x 80 -y 24 "env CASEWORK_STORE=$STORE TERM=xterm-256color $BIN"
wait_for "$S" "No cases yet"
keys n; wait_for "$S" "New case: who"
text "Zoë Ångström"; keys Tab; text "Form tutor heard remarks praising an attack; searches flagged by the school filter."
keys Tab Tab; text "A. Teacher"; keys Tab; text "Form tutor"
shot "$S" "New case form (n on the case list)"
keys Enter; wait_for "$S" "Part of the case"
keys Down Enter; wait_for "$S" "Identification with a group"
keys 1 Enter; wait_for "$S" "Type the evidence"; text "Zoë said 日本 was where the group met; wears its badge daily."; keys Escape; wait_for "$S" "Saved."
keys s; wait_for "$S" "Where the information"; text "Form tutor"; keys Enter; wait_for "$S" "Source (s): Form tutor"
keys Down 2 Enter; wait_for "$S" "Type the evidence"; text "Calls classmates traitors; says they will pay."; keys Escape; wait_for "$S" "Saved."
keys Down 0; wait_for "$S" "Status (0 1 2 n u x): No concern"
keys Down u; wait_for "$S" "Unknown - information needed"
keys Up Up Up; wait_for "$S" "Item 8/65"
shot "$S" "Checklist stepper: one item per page at 80 columns, guidance beside the question"
keys Enter End; wait_for "$S" "Type the evidence"; text " Seen again on Monday with two older pupils."
shot "$S" "Writing the evidence (multi-line, word-wrapped, saved on Esc, Tab or after 2 s idle)"
keys Escape; wait_for "$S" "Saved."
keys i; wait_for "$S" "Any key closes the guidance"
shot "$S" "The item's whole guidance (i)"
keys Escape
keys c; wait_for "$S" "Add a concern"; text "Posted that the group should punish a teacher."
keys Tab Tab Tab Right; wait_for "$S" "High"
keys Tab Tab; text "2026-11-21"; keys Tab; text "Screenshot from the school"
keys Tab Tab Tab Tab Tab Tab Tab; wait_for "$S" "What happened"
shot "$S" "Logging a concern (c in the checklist; behaviour or belief is asked every time)"
keys C-s; wait_for "$S" "Added concern."
shot "$S" "Concerns log"
keys Escape Escape; wait_for "$S" "Part of the case"
shot "$S" "Case overview"
keys d; wait_for "$S" "Decision: your judgement"
keys Right Right; wait_for "$S" "◂ Early help ▸"
keys Tab Right Right; wait_for "$S" "◂ Police, Prevent"
keys Tab; text "Stated wish to punish a teacher; police advice first, then early help."; wait_for "$S" "then early help."
keys Tab; text "2027-02-24"; wait_for "$S" "2027-02-24"
keys BTab BTab BTab; wait_for "$S" "◂ Early help ▸"
shot "$S" "Decision: choosing the threshold level, each level with its description (from the authority's settings)"
keys Tab; wait_for "$S" "steps and contacts"
shot "$S" "Decision: the chosen route's steps and contacts"
keys C-s; wait_for "$S" "Decision saved"
keys Escape; wait_for "$S" "Part of the case"
keys s; wait_for "$S" "Lines 1-"
shot "$S" "Summary preview (scrollable): the internal record, with the choices sharing will ask for"
keys r; wait_for "$S" "Who is the summary for?"
keys Home Down
shot "$S" "Summary: choosing the recipient (r or Tab), each profile with its description"
keys Enter; wait_for "$S" "For: School or college"
shot "$S" "Summary for the school: only what that profile receives, and what is missing before it can be shared"
keys S; wait_for "$S" "what goes, entry by entry"
shot "$S" "Share review (S): the warnings, each entry with its check mark and why, the names found"
keys Enter; wait_for "$S" "Share the summary with School or college"
keys Tab Tab; text "Attendance plan meeting"
shot "$S" "Share form (S): format, file (0600), why"
keys C-s; wait_for "$S" "NOT SHARED"
shot "$S" "A refused share: nothing written, every reason, and how to put it right"
keys c; wait_for "$S" "Consent to share and the lawful basis"
shot "$S" "Consent and lawful basis form (c on the summary screen)"
keys Escape; wait_for "$S" "For: School or college"
keys F1; wait_for "$S" "Any key closes this help"
shot "$S" "Help (F1 anywhere, ? where it is not a command)"
keys Escape Escape Escape; wait_for "$S" "sorted by"
shot "$S" "Case list"

# A second session on the same case opens it read-only.
keys Enter; wait_for "$S" "Part of the case"
tmux new-session -d -s "$S-ro" -x 80 -y 24 "env CASEWORK_STORE=$STORE TERM=xterm-256color $BIN"
wait_for "$S-ro" "sorted by"; tmux send-keys -t "$S-ro" Enter; wait_for "$S-ro" "Read-only:"
shot "$S-ro" "The same case open in a second session: read-only, with a banner"
tmux send-keys -t "$S-ro" q

keys c; wait_for "$S" "Item 8/65"
tmux resize-window -t "$S" -x 120 -y 40; wait_for "$S" "│ Item 8/65"
shot "$S" "Checklist at 120x40: the item list pane beside the item"
tmux resize-window -t "$S" -x 70 -y 20; wait_for "$S" "Please make the window"
shot "$S" "A window smaller than 80x24"
tmux resize-window -t "$S" -x 80 -y 24; wait_for "$S" "Item 8/65"
keys q
echo "wrote $OUT"
