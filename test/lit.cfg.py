# -*- Python -*- lit.cfg.py: how lit runs ownck's behaviour tests.
import os
import lit.formats

config.name = "ownck"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".c", ".test"]
config.excludes = ["Inputs", "unit", "CMakeLists.txt"]
import sys
config.substitutions.append(("%{python}", sys.executable))
config.substitutions.append(("%{llvm_bin}", config.llvm_tools_dir))
# test/pending/ holds tests of known engine gaps; `lit --param pending=1`
# runs them too.
if not lit_config.params.get("pending"):
    config.excludes.append("pending")
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.ownck_obj_root, "test")

config.environment["PATH"] = os.pathsep.join(
    [config.ownck_tools_dir, config.llvm_tools_dir, config.environment.get("PATH", os.environ.get("PATH", ""))])
# Never colour test output.
config.environment["TERM"] = "dumb"

inputs = os.path.join(config.test_source_root, "Inputs")
config.substitutions.append(("%inputs", inputs))
config.substitutions.append(("%expect-exit", os.path.join(inputs, "expect-exit")))
# %ownck: the analyser on one file with the mock standard headers and no
# summary line; tests pin every line it prints with FileCheck.
config.substitutions.append(
    ("%ownck", "ownck --quiet --use-color=false -j 1"))
config.substitutions.append(
    ("%cxxflags", "-std=c++20 -nostdinc++ -nostdlibinc -isystem " + inputs + "/std"))

# Microsoft's SARIF validator, when build.sh could install it from npm.
import shutil
sarif_tool = os.environ.get("OWNCK_SARIF_MULTITOOL") or os.path.join(
    config.ownck_obj_root, "tools", "node_modules", ".bin", "sarif-multitool")
if os.path.exists(sarif_tool):
    config.available_features.add("sarif-multitool")
    config.substitutions.append(("%sarif-multitool", sarif_tool))

# The clang-tidy plugin and the clang-tidy it is built for.
config.substitutions.append(
    ("%{clang_tidy}", os.path.join(config.llvm_tools_dir, "clang-tidy")))
config.substitutions.append(
    ("%{ownck_tidy}", os.path.join(config.ownck_obj_root, "lib", "libOwnckTidy.so")))
config.substitutions.append(
    ("%{examples}", os.path.join(config.ownck_src_root, "examples")))

# Debian's Chromium, for opening the HTML report headless.
chromium = shutil.which("chromium")
if chromium:
    config.available_features.add("chromium")
    config.substitutions.append(("%{chromium}", chromium))
