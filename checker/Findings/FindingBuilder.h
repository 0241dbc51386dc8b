//===-- Findings/FindingBuilder.h - Violations to findings ---*- C++ -*-===//
//
// Words the violations the dataflow found as findings: a message naming the
// owner and the rule, and notes that tell the story in order.
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_FINDINGS_FINDINGBUILDER_H
#define OWNCK_FINDINGS_FINDINGBUILDER_H

#include "ownck/Dataflow.h"
#include "ownck/Finding.h"

namespace clang {
class SourceManager;
}

namespace ownck {

/// Appends to \p Out one finding per violation of an enabled check; leaks
/// are reported once per allocation, at the earliest place they show.
void buildFindings(const FunctionFacts &F, const DataflowResult &R,
                   const CheckSet &Checks, const clang::SourceManager &SM,
                   std::vector<Finding> &Out);

} // namespace ownck

#endif // OWNCK_FINDINGS_FINDINGBUILDER_H
