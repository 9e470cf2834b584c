# Two commands do everything on a fresh Debian 12 machine:
#   make run    install what is missing, build, start the app in practice mode
#   make test   install what is missing, build, run the whole suite headless
# Everything real lives in CMakePresets.json and scripts/.

PRESET ?= ci
JOBS   ?= $(shell nproc)

.PHONY: run test build deps clean

deps:
	@scripts/install-deps.sh

build: deps
	cmake --preset $(PRESET)
	cmake --build --preset $(PRESET) -j $(JOBS)

run:
	@$(MAKE) --no-print-directory build PRESET=dev
	build/dev/partner-purchase --practice

test: build
	scripts/run-tests.sh $(PRESET)

clean:
	rm -rf build
