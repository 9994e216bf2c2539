# One-line aliases; the logic lives in scripts/.
.PHONY: serve test quick wasm npm wheel bench eval polnear fuzz doc mutants

serve:   ; scripts/serve.sh
test:    ; scripts/test.sh
quick:   ; scripts/test.sh --native
wasm:    ; scripts/build-wasm.sh
npm:     ; scripts/build-npm.sh
wheel:   ; scripts/build-wheel.sh
bench:   ; bench/run.sh
eval:    ; cargo run --release -- eval tests/data && cargo run --release -- eval tests/data/gum
polnear: ; cargo run --release -- eval --polnear ../shared/data/polnear/dev
doc:     ; cargo doc --no-deps --open
fuzz:    ; fuzz/run.sh
mutants: ; scripts/mutants.sh
