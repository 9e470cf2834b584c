# Two commands do everything on a fresh Debian 12 machine:
#   make run    install what is missing, build, start the app in practice mode
#   make test   install what is missing, build, run the whole suite headless — the ci
#               preset, then the same suite under ASan+UBSan, then every fuzzer for 60 s
# Other targets:
#   make check  the format check, then only the ci-preset suite (the quick loop while working)
#   make format reformat the tracked *.cpp/*.h with clang-format 14 (.clang-format)
#   make bench  the benchmarks (bench/), BENCH_RUNS times (default 3): prints a table with
#               each figure's spread over the runs, writes build/bench-results.json
#   make fuzz   every libFuzzer target for FUZZ_SECONDS (default 60) under ASan+UBSan
#               (built in the asan preset's tree, next to the suite: `make test` builds it once)
# Everything real lives in CMakePresets.json and scripts/.

PRESET ?= ci
JOBS   ?= $(shell nproc)
FUZZ_SECONDS ?= 60
BENCH_RUNS ?= 3
# 1: `make check` (and so `make test`) fails when a tracked *.cpp/*.h differs from
# .clang-format; 0: it lists those files and goes on.
FORMAT_STRICT ?= 1

.PHONY: run test check check-format format test-asan bench fuzz build deps clean

deps:
	@scripts/install-deps.sh

build: deps
	scripts/configure.sh $(PRESET)
	cmake --build --preset $(PRESET) -j $(JOBS)

run:
	@$(MAKE) --no-print-directory build PRESET=dev
	build/dev/partner-purchase --practice

test: check test-asan fuzz

check: check-format build
	scripts/run-tests.sh $(PRESET)

check-format: deps
	scripts/check-format.sh $(if $(filter 1,$(FORMAT_STRICT)),,--warn)

format: deps
	scripts/check-format.sh --fix

# The whole suite once more, built with AddressSanitizer and UndefinedBehaviorSanitizer.
test-asan:
	@$(MAKE) --no-print-directory build PRESET=asan
	scripts/run-tests.sh asan

bench:
	@$(MAKE) --no-print-directory build PRESET=bench
	cd build && bench/bench/pp-bench --repeat $(BENCH_RUNS) --json bench-results.json

fuzz: deps
	scripts/run-fuzzers.sh $(FUZZ_SECONDS)

clean:
	rm -rf build
