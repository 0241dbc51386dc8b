//===-- tidy/OwnershipTidyModule.cpp - ownership-* checks for clang-tidy ---===//
//
// A clang-tidy plugin (`clang-tidy --load=libOwnckTidy.so`) registering one
// thin ClangTidyCheck per ownck check. The engine runs once per translation
// unit for all enabled ownership checks; each check reports its own share.
// NOLINT comments are applied by clang-tidy, and for leaks also on the
// allocation line, as the ownck command does.
//
//===----------------------------------------------------------------------===//
#include "ownck/Engine.h"
#include "ClangTidyCheck.h"
#include "ClangTidyModule.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include <map>
#include <memory>
#include <mutex>

using namespace clang;
using namespace clang::ast_matchers;

namespace ownck::tidy {
namespace {

/// The findings of one translation unit, shared by the checks that run on
/// it and dropped when it ends.
class SharedAnalyses {
public:
  std::shared_ptr<const AnalysisResult> get(ASTContext &Ctx,
                                            const EngineOptions &Opts) {
    std::lock_guard<std::mutex> Lock(M);
    auto &Slot = Results[{&Ctx, Opts.Strict}];
    if (!Slot)
      Slot = std::make_shared<AnalysisResult>(
          analyzeTranslationUnit(Ctx, Opts));
    return Slot;
  }
  void forget(const ASTContext *Ctx) {
    std::lock_guard<std::mutex> Lock(M);
    for (bool Strict : {false, true})
      Results.erase({Ctx, Strict});
  }

private:
  std::mutex M;
  std::map<std::pair<const ASTContext *, bool>,
           std::shared_ptr<const AnalysisResult>>
      Results;
};

SharedAnalyses &sharedAnalyses() {
  static SharedAnalyses S;
  return S;
}

bool readBool(std::optional<StringRef> V) {
  return V && (V->equals_insensitive("true") || *V == "1");
}

class OwnershipCheck : public clang::tidy::ClangTidyCheck {
public:
  OwnershipCheck(StringRef Name, clang::tidy::ClangTidyContext *Context,
                 CheckId Id)
      : ClangTidyCheck(Name, Context), Id(Id), Context(Context),
        Strict(readBool(Options.get("Strict"))) {}

  // The non-template option accessors only: the templated ones are
  // instantiated inside clang-tidy, whose compiler may mangle them
  // differently from ours.
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override {
    Options.store(Opts, "Strict", Strict ? "true" : "false");
  }

  void registerMatchers(MatchFinder *Finder) override {
    Finder->addMatcher(translationUnitDecl().bind("unit"), this);
  }

  void check(const MatchFinder::MatchResult &Result) override {
    // Error recovery ASTs are not the program the user wrote; the ownck
    // command skips such units too.
    if (Result.Context->getDiagnostics().hasErrorOccurred())
      return;
    Ctx = Result.Context;
    EngineOptions Opts;
    Opts.Strict = Strict;
    // clang-tidy applies NOLINT to each diagnostic line; the engine also
    // drops a leak marked on its allocation line, as the ownck command does.
    Opts.ApplySuppressions = true;
    for (const CheckInfo &C : allChecks())
      if (!Context->isCheckEnabled(C.Name))
        Opts.Checks.applyGlobs(("-" + C.Name).str());
    auto R = sharedAnalyses().get(*Result.Context, Opts);
    for (const Finding &F : R->Findings) {
      if (F.Check != Id)
        continue;
      diag(F.Loc, "%0") << F.Message;
      for (const FindingNote &N : F.Notes)
        diag(N.Loc, "%0", DiagnosticIDs::Note) << N.Message;
    }
  }

  void onEndOfTranslationUnit() override {
    if (Ctx)
      sharedAnalyses().forget(Ctx);
    Ctx = nullptr;
  }

private:
  CheckId Id;
  clang::tidy::ClangTidyContext *Context;
  const bool Strict;
  const ASTContext *Ctx = nullptr;
};

class OwnershipModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(
      clang::tidy::ClangTidyCheckFactories &Factories) override {
    for (const CheckInfo &C : allChecks()) {
      CheckId Id = C.Id;
      Factories.registerCheckFactory(
          C.Name, [Id](StringRef Name, clang::tidy::ClangTidyContext *Ctx) {
            return std::make_unique<OwnershipCheck>(Name, Ctx, Id);
          });
    }
  }
};

} // namespace
} // namespace ownck::tidy

static clang::tidy::ClangTidyModuleRegistry::Add<ownck::tidy::OwnershipModule>
    X("ownership-module", "Rust's ownership rules for C++ (ownck).");
