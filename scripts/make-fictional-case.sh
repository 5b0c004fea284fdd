#!/usr/bin/env bash
# Creates one rich fictional case (invented names and events) in the store given as $1 and prints its
# reference. Used by screenshot-summary.sh and handy for trying `casework summary` and `casework share`.
set -euo pipefail
store="$1"
bin="${CASEWORK_BIN:-.build/debug/casework}"
cw() { "$bin" "$@" --store "$store"; }

ref=$(cw new --subject "Wen Jie Marrowdene 马文杰" --dob 2011-06-14 \
    --reason "Shared violent extremist clips in a class group chat after a news event (fictional)." \
    --referrer "Ms Hester Quill" --referrer-role "Head of year" --received 2026-09-02)
cw answer "$ref" referral.trigger - --note "Posted three clips glorifying an attack on 1 September; told classmates 'they had it coming'." \
    --source "Screenshots from the class chat" --date 2026-09-01 --basis fact
cw answer "$ref" engagement.group-identification significant --note "Says he belongs to an online group that calls itself a movement." \
    --source "Pupil, in interview" --date 2026-09-04 --basis fact
cw answer "$ref" intent.stated-wish some --note "Said 'they deserve it' about people at a place of worship; later said he was joking." \
    --source "Form tutor" --date 2026-09-03 --basis opinion
cw answer "$ref" capability.searching-how unknown --note "School to check browsing logs on the school laptop."
cw answer "$ref" strengths.trusted-adults none --note "Close to his grandmother, who he visits every weekend." --source "Home visit" --basis fact
cw answer "$ref" needs.health some --note "Waiting for an ADHD assessment; sleep is poor." --source "GP letter" --date 2026-08-20 --basis fact
cw answer "$ref" analysis.worried - --note "He is watching violent material alone late at night and repeating its language at school."
cw answer "$ref" analysis.working-well - --note "Warm relationship with his grandmother; attends school every day; plays football."
cw answer "$ref" analysis.needs-to-happen - --note "Mentoring through Channel; parents to set device limits; school to monitor and report."
cw answer "$ref" analysis.behaviour-or-belief - --note "The concern is his behaviour (sharing violent material, threats), not his views as such."
cw answer "$ref" analysis.scale - --scale 4
cw concern add "$ref" --what "Joined a chat group that shares hate memes and attack footage." --heading engagement \
    --source "Screenshot from a classmate" --date 2026-09-01 --severity high
cw concern add "$ref" --what "Told a classmate he would 'make them pay' after an argument." --heading intent \
    --source "PE teacher" --date 2026-09-05 --basis opinion
cw strength add "$ref" --what "Plays in a football team every week; the coach is a positive role model." --source "Father" --date 2026-09-04
cw agency add "$ref" --agency school --contact "Ms Dilys Fallowby (DSL)" --contribution "Attendance 97%; no exclusions; one earlier incident of name-calling." --date 2026-09-04
cw action add "$ref" --what "Refer to the Channel panel" --owner "Lead practitioner" --due 2026-09-10
cw action add "$ref" --what "Mentor to meet him weekly" --owner "Youth service" --due 2026-10-15
cw decide "$ref" --threshold early-help --route channel --rationale "Behaviour online and one threat, with strong family support and engagement: Channel support with early help around the family." --review 2026-12-06
cw consent "$ref" --sought yes --from "Mother, Mrs Lin Marrowdene (fictional)" --outcome given --date 2026-09-06 \
    --article6 "6(1)(e) public task" --article9 "9(2)(g) substantial public interest, DPA 2018 Sch.1 para 18" >/dev/null
echo "$ref"
