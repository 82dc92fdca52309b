"""The source of every record's ``__init__``, as ``ratingbook._record`` writes it, compiled
with the package (written by tools/compile_records.py; do not edit)."""
# mypy: ignore-errors
# Each function below is exactly the text that is its key, so that its code is the code
# compiling the text gives; the formatters leave this file alone (pyproject.toml).

INITS = {}

def __create_fn__(MISSING, _HAS_DEFAULT_FACTORY, _return_type):
 def __init__(self)->_return_type:
  pass
 return __init__


INITS['def __create_fn__(MISSING, _HAS_DEFAULT_FACTORY, _return_type):\n def __init__(self)->_return_type:\n  pass\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_all, _type_any, _type_not_, MISSING, _HAS_DEFAULT_FACTORY, _set_all, _set_any, _set_not_, _return_type):
 def __init__(self,*,all:_type_all,any:_type_any,not_:_type_not_)->_return_type:
  _set_all(self,all)
  _set_any(self,any)
  _set_not_(self,not_)
 return __init__


INITS['def __create_fn__(_type_all, _type_any, _type_not_, MISSING, _HAS_DEFAULT_FACTORY, _set_all, _set_any, _set_not_, _return_type):\n def __init__(self,*,all:_type_all,any:_type_any,not_:_type_not_)->_return_type:\n  _set_all(self,all)\n  _set_any(self,any)\n  _set_not_(self,not_)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_at, _type_file, _type_key, _type_text, _type_digest, MISSING, _HAS_DEFAULT_FACTORY, _set_at, _set_file, _set_key, _set_text, _set_digest, _return_type):
 def __init__(self,*,at:_type_at,file:_type_file,key:_type_key,text:_type_text,digest:_type_digest)->_return_type:
  _set_at(self,at)
  _set_file(self,file)
  _set_key(self,key)
  _set_text(self,text)
  _set_digest(self,digest)
 return __init__


INITS['def __create_fn__(_type_at, _type_file, _type_key, _type_text, _type_digest, MISSING, _HAS_DEFAULT_FACTORY, _set_at, _set_file, _set_key, _set_text, _set_digest, _return_type):\n def __init__(self,*,at:_type_at,file:_type_file,key:_type_key,text:_type_text,digest:_type_digest)->_return_type:\n  _set_at(self,at)\n  _set_file(self,file)\n  _set_key(self,key)\n  _set_text(self,text)\n  _set_digest(self,digest)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_atom, _type_scope_atom, _type_quantifier, _type_count, MISSING, _HAS_DEFAULT_FACTORY, _set_atom, _set_scope_atom, _set_quantifier, _set_count, _return_type):
 def __init__(self,atom:_type_atom,scope_atom:_type_scope_atom,quantifier:_type_quantifier,count:_type_count)->_return_type:
  _set_atom(self,atom)
  _set_scope_atom(self,scope_atom)
  _set_quantifier(self,quantifier)
  _set_count(self,count)
 return __init__


INITS['def __create_fn__(_type_atom, _type_scope_atom, _type_quantifier, _type_count, MISSING, _HAS_DEFAULT_FACTORY, _set_atom, _set_scope_atom, _set_quantifier, _set_count, _return_type):\n def __init__(self,atom:_type_atom,scope_atom:_type_scope_atom,quantifier:_type_quantifier,count:_type_count)->_return_type:\n  _set_atom(self,atom)\n  _set_scope_atom(self,scope_atom)\n  _set_quantifier(self,quantifier)\n  _set_count(self,count)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_band, _type_percent, _type_relevant, _type_yes, MISSING, _HAS_DEFAULT_FACTORY, _set_band, _set_percent, _dflt_relevant, _set_relevant, _dflt_yes, _set_yes, _return_type):
 def __init__(self,band:_type_band,percent:_type_percent,relevant:_type_relevant=_dflt_relevant,yes:_type_yes=_dflt_yes)->_return_type:
  _set_band(self,band)
  _set_percent(self,percent)
  _set_relevant(self,relevant)
  _set_yes(self,yes)
 return __init__


INITS['def __create_fn__(_type_band, _type_percent, _type_relevant, _type_yes, MISSING, _HAS_DEFAULT_FACTORY, _set_band, _set_percent, _dflt_relevant, _set_relevant, _dflt_yes, _set_yes, _return_type):\n def __init__(self,band:_type_band,percent:_type_percent,relevant:_type_relevant=_dflt_relevant,yes:_type_yes=_dflt_yes)->_return_type:\n  _set_band(self,band)\n  _set_percent(self,percent)\n  _set_relevant(self,relevant)\n  _set_yes(self,yes)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_banded, _type_final, _type_cost, _type_set_aside, _type_changes, MISSING, _HAS_DEFAULT_FACTORY, _set_banded, _set_final, _set_cost, _set_set_aside, _set_changes, _return_type):
 def __init__(self,banded:_type_banded,final:_type_final,cost:_type_cost,set_aside:_type_set_aside,changes:_type_changes)->_return_type:
  _set_banded(self,banded)
  _set_final(self,final)
  _set_cost(self,cost)
  _set_set_aside(self,set_aside)
  _set_changes(self,changes)
 return __init__


INITS['def __create_fn__(_type_banded, _type_final, _type_cost, _type_set_aside, _type_changes, MISSING, _HAS_DEFAULT_FACTORY, _set_banded, _set_final, _set_cost, _set_set_aside, _set_changes, _return_type):\n def __init__(self,banded:_type_banded,final:_type_final,cost:_type_cost,set_aside:_type_set_aside,changes:_type_changes)->_return_type:\n  _set_banded(self,banded)\n  _set_final(self,final)\n  _set_cost(self,cost)\n  _set_set_aside(self,set_aside)\n  _set_changes(self,changes)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_bands, _type_shares, MISSING, _HAS_DEFAULT_FACTORY, _set_bands, _dflt_shares, _set_shares, _return_type):
 def __init__(self,bands:_type_bands,shares:_type_shares=_dflt_shares)->_return_type:
  _set_bands(self,bands)
  _set_shares(self,shares)
 return __init__


INITS['def __create_fn__(_type_bands, _type_shares, MISSING, _HAS_DEFAULT_FACTORY, _set_bands, _dflt_shares, _set_shares, _return_type):\n def __init__(self,bands:_type_bands,shares:_type_shares=_dflt_shares)->_return_type:\n  _set_bands(self,bands)\n  _set_shares(self,shares)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_base, _type_candidate, _type_base_path, _type_candidate_path, _type_inspections, MISSING, _HAS_DEFAULT_FACTORY, _set_base, _set_candidate, _set_base_path, _set_candidate_path, _set_inspections, _return_type):
 def __init__(self,*,base:_type_base,candidate:_type_candidate,base_path:_type_base_path,candidate_path:_type_candidate_path,inspections:_type_inspections)->_return_type:
  _set_base(self,base)
  _set_candidate(self,candidate)
  _set_base_path(self,base_path)
  _set_candidate_path(self,candidate_path)
  _set_inspections(self,inspections)
 return __init__


INITS['def __create_fn__(_type_base, _type_candidate, _type_base_path, _type_candidate_path, _type_inspections, MISSING, _HAS_DEFAULT_FACTORY, _set_base, _set_candidate, _set_base_path, _set_candidate_path, _set_inspections, _return_type):\n def __init__(self,*,base:_type_base,candidate:_type_candidate,base_path:_type_base_path,candidate_path:_type_candidate_path,inspections:_type_inspections)->_return_type:\n  _set_base(self,base)\n  _set_candidate(self,candidate)\n  _set_base_path(self,base_path)\n  _set_candidate_path(self,candidate_path)\n  _set_inspections(self,inspections)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_base, _type_candidate, _type_inspections, _type_summary, _type_audit, MISSING, _HAS_DEFAULT_FACTORY, _set_base, _set_candidate, _set_inspections, _set_summary, _dflt_audit, _set_audit, _return_type):
 def __init__(self,*,base:_type_base,candidate:_type_candidate,inspections:_type_inspections,summary:_type_summary,audit:_type_audit=_dflt_audit)->_return_type:
  _set_base(self,base)
  _set_candidate(self,candidate)
  _set_inspections(self,inspections)
  _set_summary(self,summary)
  _set_audit(self,audit)
 return __init__


INITS['def __create_fn__(_type_base, _type_candidate, _type_inspections, _type_summary, _type_audit, MISSING, _HAS_DEFAULT_FACTORY, _set_base, _set_candidate, _set_inspections, _set_summary, _dflt_audit, _set_audit, _return_type):\n def __init__(self,*,base:_type_base,candidate:_type_candidate,inspections:_type_inspections,summary:_type_summary,audit:_type_audit=_dflt_audit)->_return_type:\n  _set_base(self,base)\n  _set_candidate(self,candidate)\n  _set_inspections(self,inspections)\n  _set_summary(self,summary)\n  _set_audit(self,audit)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_base, _type_candidate, _type_recorded, MISSING, _HAS_DEFAULT_FACTORY, _set_base, _set_candidate, _set_recorded, _return_type):
 def __init__(self,base:_type_base,candidate:_type_candidate,recorded:_type_recorded)->_return_type:
  _set_base(self,base)
  _set_candidate(self,candidate)
  _set_recorded(self,recorded)
 return __init__


INITS['def __create_fn__(_type_base, _type_candidate, _type_recorded, MISSING, _HAS_DEFAULT_FACTORY, _set_base, _set_candidate, _set_recorded, _return_type):\n def __init__(self,base:_type_base,candidate:_type_candidate,recorded:_type_recorded)->_return_type:\n  _set_base(self,base)\n  _set_candidate(self,candidate)\n  _set_recorded(self,recorded)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_based, _type_own_file, _type_base_id, _type_items, _type_bands, _type_overall_bands, _type_removed, _type_applies, _type_cleared, _type_attributes, MISSING, _HAS_DEFAULT_FACTORY, _dflt_based, _set_based, _dflt_own_file, _set_own_file, _dflt_base_id, _set_base_id, _dflt_items, _set_items, _dflt_bands, _set_bands, _dflt_overall_bands, _set_overall_bands, _dflt_removed, _set_removed, _dflt_applies, _set_applies, _dflt_cleared, _set_cleared, _dflt_attributes, _set_attributes, _return_type):
 def __init__(self,*,based:_type_based=_dflt_based,own_file:_type_own_file=_dflt_own_file,base_id:_type_base_id=_dflt_base_id,items:_type_items=_dflt_items,bands:_type_bands=_dflt_bands,overall_bands:_type_overall_bands=_dflt_overall_bands,removed:_type_removed=_HAS_DEFAULT_FACTORY,applies:_type_applies=_HAS_DEFAULT_FACTORY,cleared:_type_cleared=_HAS_DEFAULT_FACTORY,attributes:_type_attributes=_HAS_DEFAULT_FACTORY)->_return_type:
  _set_based(self,based)
  _set_own_file(self,own_file)
  _set_base_id(self,base_id)
  _set_items(self,items)
  _set_bands(self,bands)
  _set_overall_bands(self,overall_bands)
  _set_removed(self,_dflt_removed() if removed is _HAS_DEFAULT_FACTORY else removed)
  _set_applies(self,_dflt_applies() if applies is _HAS_DEFAULT_FACTORY else applies)
  _set_cleared(self,_dflt_cleared() if cleared is _HAS_DEFAULT_FACTORY else cleared)
  _set_attributes(self,_dflt_attributes() if attributes is _HAS_DEFAULT_FACTORY else attributes)
 return __init__


INITS['def __create_fn__(_type_based, _type_own_file, _type_base_id, _type_items, _type_bands, _type_overall_bands, _type_removed, _type_applies, _type_cleared, _type_attributes, MISSING, _HAS_DEFAULT_FACTORY, _dflt_based, _set_based, _dflt_own_file, _set_own_file, _dflt_base_id, _set_base_id, _dflt_items, _set_items, _dflt_bands, _set_bands, _dflt_overall_bands, _set_overall_bands, _dflt_removed, _set_removed, _dflt_applies, _set_applies, _dflt_cleared, _set_cleared, _dflt_attributes, _set_attributes, _return_type):\n def __init__(self,*,based:_type_based=_dflt_based,own_file:_type_own_file=_dflt_own_file,base_id:_type_base_id=_dflt_base_id,items:_type_items=_dflt_items,bands:_type_bands=_dflt_bands,overall_bands:_type_overall_bands=_dflt_overall_bands,removed:_type_removed=_HAS_DEFAULT_FACTORY,applies:_type_applies=_HAS_DEFAULT_FACTORY,cleared:_type_cleared=_HAS_DEFAULT_FACTORY,attributes:_type_attributes=_HAS_DEFAULT_FACTORY)->_return_type:\n  _set_based(self,based)\n  _set_own_file(self,own_file)\n  _set_base_id(self,base_id)\n  _set_items(self,items)\n  _set_bands(self,bands)\n  _set_overall_bands(self,overall_bands)\n  _set_removed(self,_dflt_removed() if removed is _HAS_DEFAULT_FACTORY else removed)\n  _set_applies(self,_dflt_applies() if applies is _HAS_DEFAULT_FACTORY else applies)\n  _set_cleared(self,_dflt_cleared() if cleared is _HAS_DEFAULT_FACTORY else cleared)\n  _set_attributes(self,_dflt_attributes() if attributes is _HAS_DEFAULT_FACTORY else attributes)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_case, _type_answer, _type_why, _type_given, _type_inspector, MISSING, _HAS_DEFAULT_FACTORY, _set_case, _set_answer, _set_why, _dflt_given, _set_given, _dflt_inspector, _set_inspector, _return_type):
 def __init__(self,*,case:_type_case,answer:_type_answer,why:_type_why,given:_type_given=_dflt_given,inspector:_type_inspector=_dflt_inspector)->_return_type:
  _set_case(self,case)
  _set_answer(self,answer)
  _set_why(self,why)
  _set_given(self,given)
  _set_inspector(self,inspector)
 return __init__


INITS['def __create_fn__(_type_case, _type_answer, _type_why, _type_given, _type_inspector, MISSING, _HAS_DEFAULT_FACTORY, _set_case, _set_answer, _set_why, _dflt_given, _set_given, _dflt_inspector, _set_inspector, _return_type):\n def __init__(self,*,case:_type_case,answer:_type_answer,why:_type_why,given:_type_given=_dflt_given,inspector:_type_inspector=_dflt_inspector)->_return_type:\n  _set_case(self,case)\n  _set_answer(self,answer)\n  _set_why(self,why)\n  _set_given(self,given)\n  _set_inspector(self,inspector)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_case, _type_cells, _type_noes, MISSING, _HAS_DEFAULT_FACTORY, _set_case, _set_cells, _set_noes, _return_type):
 def __init__(self,*,case:_type_case,cells:_type_cells,noes:_type_noes)->_return_type:
  _set_case(self,case)
  _set_cells(self,cells)
  _set_noes(self,noes)
 return __init__


INITS['def __create_fn__(_type_case, _type_cells, _type_noes, MISSING, _HAS_DEFAULT_FACTORY, _set_case, _set_cells, _set_noes, _return_type):\n def __init__(self,*,case:_type_case,cells:_type_cells,noes:_type_noes)->_return_type:\n  _set_case(self,case)\n  _set_cells(self,cells)\n  _set_noes(self,noes)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_code, _type_alpha, _type_beta, MISSING, _HAS_DEFAULT_FACTORY, _set_code, _set_alpha, _set_beta, _return_type):
 def __init__(self,*,code:_type_code,alpha:_type_alpha,beta:_type_beta)->_return_type:
  _set_code(self,code)
  _set_alpha(self,alpha)
  _set_beta(self,beta)
 return __init__


INITS['def __create_fn__(_type_code, _type_alpha, _type_beta, MISSING, _HAS_DEFAULT_FACTORY, _set_code, _set_alpha, _set_beta, _return_type):\n def __init__(self,*,code:_type_code,alpha:_type_alpha,beta:_type_beta)->_return_type:\n  _set_code(self,code)\n  _set_alpha(self,alpha)\n  _set_beta(self,beta)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_code, _type_domains, _type_prior, _type_independent, _type_key_question, MISSING, _HAS_DEFAULT_FACTORY, _set_code, _dflt_domains, _set_domains, _dflt_prior, _set_prior, _dflt_independent, _set_independent, _dflt_key_question, _set_key_question, _return_type):
 def __init__(self,*,code:_type_code,domains:_type_domains=_dflt_domains,prior:_type_prior=_dflt_prior,independent:_type_independent=_dflt_independent,key_question:_type_key_question=_dflt_key_question)->_return_type:
  _set_code(self,code)
  _set_domains(self,domains)
  _set_prior(self,prior)
  _set_independent(self,independent)
  _set_key_question(self,key_question)
 return __init__


INITS['def __create_fn__(_type_code, _type_domains, _type_prior, _type_independent, _type_key_question, MISSING, _HAS_DEFAULT_FACTORY, _set_code, _dflt_domains, _set_domains, _dflt_prior, _set_prior, _dflt_independent, _set_independent, _dflt_key_question, _set_key_question, _return_type):\n def __init__(self,*,code:_type_code,domains:_type_domains=_dflt_domains,prior:_type_prior=_dflt_prior,independent:_type_independent=_dflt_independent,key_question:_type_key_question=_dflt_key_question)->_return_type:\n  _set_code(self,code)\n  _set_domains(self,domains)\n  _set_prior(self,prior)\n  _set_independent(self,independent)\n  _set_key_question(self,key_question)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_code, _type_figures, MISSING, _HAS_DEFAULT_FACTORY, _set_code, _dflt_figures, _set_figures, _return_type):
 def __init__(self,code:_type_code,figures:_type_figures=_dflt_figures)->_return_type:
  _set_code(self,code)
  _set_figures(self,figures)
 return __init__


INITS['def __create_fn__(_type_code, _type_figures, MISSING, _HAS_DEFAULT_FACTORY, _set_code, _dflt_figures, _set_figures, _return_type):\n def __init__(self,code:_type_code,figures:_type_figures=_dflt_figures)->_return_type:\n  _set_code(self,code)\n  _set_figures(self,figures)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_code, _type_relevant, _type_eligible, _type_domain, _type_domain_population, _type_domain_sampled, _type_estimated, MISSING, _HAS_DEFAULT_FACTORY, _set_code, _set_relevant, _set_eligible, _dflt_domain, _set_domain, _dflt_domain_population, _set_domain_population, _dflt_domain_sampled, _set_domain_sampled, _dflt_estimated, _set_estimated, _return_type):
 def __init__(self,*,code:_type_code,relevant:_type_relevant,eligible:_type_eligible,domain:_type_domain=_dflt_domain,domain_population:_type_domain_population=_dflt_domain_population,domain_sampled:_type_domain_sampled=_dflt_domain_sampled,estimated:_type_estimated=_dflt_estimated)->_return_type:
  _set_code(self,code)
  _set_relevant(self,relevant)
  _set_eligible(self,eligible)
  _set_domain(self,domain)
  _set_domain_population(self,domain_population)
  _set_domain_sampled(self,domain_sampled)
  _set_estimated(self,estimated)
 return __init__


INITS['def __create_fn__(_type_code, _type_relevant, _type_eligible, _type_domain, _type_domain_population, _type_domain_sampled, _type_estimated, MISSING, _HAS_DEFAULT_FACTORY, _set_code, _set_relevant, _set_eligible, _dflt_domain, _set_domain, _dflt_domain_population, _set_domain_population, _dflt_domain_sampled, _set_domain_sampled, _dflt_estimated, _set_estimated, _return_type):\n def __init__(self,*,code:_type_code,relevant:_type_relevant,eligible:_type_eligible,domain:_type_domain=_dflt_domain,domain_population:_type_domain_population=_dflt_domain_population,domain_sampled:_type_domain_sampled=_dflt_domain_sampled,estimated:_type_estimated=_dflt_estimated)->_return_type:\n  _set_code(self,code)\n  _set_relevant(self,relevant)\n  _set_eligible(self,eligible)\n  _set_domain(self,domain)\n  _set_domain_population(self,domain_population)\n  _set_domain_sampled(self,domain_sampled)\n  _set_estimated(self,estimated)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_collected, _type_lines, _type_progress, _type_failures, _type_short_summary, _type_time, _type_summary, _type_failed, MISSING, _HAS_DEFAULT_FACTORY, _set_collected, _set_lines, _set_progress, _set_failures, _set_short_summary, _set_time, _set_summary, _set_failed, _return_type):
 def __init__(self,*,collected:_type_collected,lines:_type_lines,progress:_type_progress,failures:_type_failures,short_summary:_type_short_summary,time:_type_time,summary:_type_summary,failed:_type_failed)->_return_type:
  _set_collected(self,collected)
  _set_lines(self,lines)
  _set_progress(self,progress)
  _set_failures(self,failures)
  _set_short_summary(self,short_summary)
  _set_time(self,time)
  _set_summary(self,summary)
  _set_failed(self,failed)
 return __init__


INITS['def __create_fn__(_type_collected, _type_lines, _type_progress, _type_failures, _type_short_summary, _type_time, _type_summary, _type_failed, MISSING, _HAS_DEFAULT_FACTORY, _set_collected, _set_lines, _set_progress, _set_failures, _set_short_summary, _set_time, _set_summary, _set_failed, _return_type):\n def __init__(self,*,collected:_type_collected,lines:_type_lines,progress:_type_progress,failures:_type_failures,short_summary:_type_short_summary,time:_type_time,summary:_type_summary,failed:_type_failed)->_return_type:\n  _set_collected(self,collected)\n  _set_lines(self,lines)\n  _set_progress(self,progress)\n  _set_failures(self,failures)\n  _set_short_summary(self,short_summary)\n  _set_time(self,time)\n  _set_summary(self,summary)\n  _set_failed(self,failed)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_columns, _type_rows, _type_sections, _type_title, MISSING, _HAS_DEFAULT_FACTORY, _set_columns, _set_rows, _dflt_sections, _set_sections, _dflt_title, _set_title, _return_type):
 def __init__(self,*,columns:_type_columns,rows:_type_rows,sections:_type_sections=_dflt_sections,title:_type_title=_dflt_title)->_return_type:
  _set_columns(self,columns)
  _set_rows(self,rows)
  _set_sections(self,sections)
  _set_title(self,title)
 return __init__


INITS['def __create_fn__(_type_columns, _type_rows, _type_sections, _type_title, MISSING, _HAS_DEFAULT_FACTORY, _set_columns, _set_rows, _dflt_sections, _set_sections, _dflt_title, _set_title, _return_type):\n def __init__(self,*,columns:_type_columns,rows:_type_rows,sections:_type_sections=_dflt_sections,title:_type_title=_dflt_title)->_return_type:\n  _set_columns(self,columns)\n  _set_rows(self,rows)\n  _set_sections(self,sections)\n  _set_title(self,title)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_condition, _type_description, _type_holds, _type_values, _type_result, _type_rule_ref, MISSING, _HAS_DEFAULT_FACTORY, _set_condition, _set_description, _set_holds, _set_values, _set_result, _set_rule_ref, _return_type):
 def __init__(self,*,condition:_type_condition,description:_type_description,holds:_type_holds,values:_type_values,result:_type_result,rule_ref:_type_rule_ref)->_return_type:
  _set_condition(self,condition)
  _set_description(self,description)
  _set_holds(self,holds)
  _set_values(self,values)
  _set_result(self,result)
  _set_rule_ref(self,rule_ref)
 return __init__


INITS['def __create_fn__(_type_condition, _type_description, _type_holds, _type_values, _type_result, _type_rule_ref, MISSING, _HAS_DEFAULT_FACTORY, _set_condition, _set_description, _set_holds, _set_values, _set_result, _set_rule_ref, _return_type):\n def __init__(self,*,condition:_type_condition,description:_type_description,holds:_type_holds,values:_type_values,result:_type_result,rule_ref:_type_rule_ref)->_return_type:\n  _set_condition(self,condition)\n  _set_description(self,description)\n  _set_holds(self,holds)\n  _set_values(self,values)\n  _set_result(self,result)\n  _set_rule_ref(self,rule_ref)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_condition, _type_description, _type_level, _type_span, MISSING, _HAS_DEFAULT_FACTORY, _set_condition, _dflt_description, _set_description, _dflt_level, _set_level, _dflt_span, _set_span, _return_type):
 def __init__(self,*,condition:_type_condition,description:_type_description=_dflt_description,level:_type_level=_dflt_level,span:_type_span=_dflt_span)->_return_type:
  _set_condition(self,condition)
  _set_description(self,description)
  _set_level(self,level)
  _set_span(self,span)
 return __init__


INITS['def __create_fn__(_type_condition, _type_description, _type_level, _type_span, MISSING, _HAS_DEFAULT_FACTORY, _set_condition, _dflt_description, _set_description, _dflt_level, _set_level, _dflt_span, _set_span, _return_type):\n def __init__(self,*,condition:_type_condition,description:_type_description=_dflt_description,level:_type_level=_dflt_level,span:_type_span=_dflt_span)->_return_type:\n  _set_condition(self,condition)\n  _set_description(self,description)\n  _set_level(self,level)\n  _set_span(self,span)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_condition, _type_facts, MISSING, _HAS_DEFAULT_FACTORY, _set_condition, _set_facts, _return_type):
 def __init__(self,*,condition:_type_condition,facts:_type_facts)->_return_type:
  _set_condition(self,condition)
  _set_facts(self,facts)
 return __init__


INITS['def __create_fn__(_type_condition, _type_facts, MISSING, _HAS_DEFAULT_FACTORY, _set_condition, _set_facts, _return_type):\n def __init__(self,*,condition:_type_condition,facts:_type_facts)->_return_type:\n  _set_condition(self,condition)\n  _set_facts(self,facts)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_confidence, _type_margin, _type_split, _type_strata, _type_says, _type_span, MISSING, _HAS_DEFAULT_FACTORY, _set_confidence, _set_margin, _dflt_split, _set_split, _dflt_strata, _set_strata, _dflt_says, _set_says, _dflt_span, _set_span, _return_type):
 def __init__(self,*,confidence:_type_confidence,margin:_type_margin,split:_type_split=_dflt_split,strata:_type_strata=_dflt_strata,says:_type_says=_dflt_says,span:_type_span=_dflt_span)->_return_type:
  _set_confidence(self,confidence)
  _set_margin(self,margin)
  _set_split(self,split)
  _set_strata(self,strata)
  _set_says(self,says)
  _set_span(self,span)
 return __init__


INITS['def __create_fn__(_type_confidence, _type_margin, _type_split, _type_strata, _type_says, _type_span, MISSING, _HAS_DEFAULT_FACTORY, _set_confidence, _set_margin, _dflt_split, _set_split, _dflt_strata, _set_strata, _dflt_says, _set_says, _dflt_span, _set_span, _return_type):\n def __init__(self,*,confidence:_type_confidence,margin:_type_margin,split:_type_split=_dflt_split,strata:_type_strata=_dflt_strata,says:_type_says=_dflt_says,span:_type_span=_dflt_span)->_return_type:\n  _set_confidence(self,confidence)\n  _set_margin(self,margin)\n  _set_split(self,split)\n  _set_strata(self,strata)\n  _set_says(self,says)\n  _set_span(self,span)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_contents, _type_versions, MISSING, _HAS_DEFAULT_FACTORY, _set_contents, _set_versions, _return_type):
 def __init__(self,*,contents:_type_contents,versions:_type_versions)->_return_type:
  _set_contents(self,contents)
  _set_versions(self,versions)
 return __init__


INITS['def __create_fn__(_type_contents, _type_versions, MISSING, _HAS_DEFAULT_FACTORY, _set_contents, _set_versions, _return_type):\n def __init__(self,*,contents:_type_contents,versions:_type_versions)->_return_type:\n  _set_contents(self,contents)\n  _set_versions(self,versions)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_cost, _type_rank, _type_picks, MISSING, _HAS_DEFAULT_FACTORY, _set_cost, _set_rank, _set_picks, _return_type):
 def __init__(self,cost:_type_cost,rank:_type_rank,picks:_type_picks)->_return_type:
  _set_cost(self,cost)
  _set_rank(self,rank)
  _set_picks(self,picks)
 return __init__


INITS['def __create_fn__(_type_cost, _type_rank, _type_picks, MISSING, _HAS_DEFAULT_FACTORY, _set_cost, _set_rank, _set_picks, _return_type):\n def __init__(self,cost:_type_cost,rank:_type_rank,picks:_type_picks)->_return_type:\n  _set_cost(self,cost)\n  _set_rank(self,rank)\n  _set_picks(self,picks)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_costs, _type_relevant, _type_yes, MISSING, _HAS_DEFAULT_FACTORY, _set_costs, _dflt_relevant, _set_relevant, _dflt_yes, _set_yes, _return_type):
 def __init__(self,costs:_type_costs,relevant:_type_relevant=_dflt_relevant,yes:_type_yes=_dflt_yes)->_return_type:
  _set_costs(self,costs)
  _set_relevant(self,relevant)
  _set_yes(self,yes)
 return __init__


INITS['def __create_fn__(_type_costs, _type_relevant, _type_yes, MISSING, _HAS_DEFAULT_FACTORY, _set_costs, _dflt_relevant, _set_relevant, _dflt_yes, _set_yes, _return_type):\n def __init__(self,costs:_type_costs,relevant:_type_relevant=_dflt_relevant,yes:_type_yes=_dflt_yes)->_return_type:\n  _set_costs(self,costs)\n  _set_relevant(self,relevant)\n  _set_yes(self,yes)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_depth, _type_label, _type_title, _type_status, _type_where, _type_clauses, MISSING, _HAS_DEFAULT_FACTORY, _set_depth, _set_label, _set_title, _set_status, _set_where, _set_clauses, _return_type):
 def __init__(self,*,depth:_type_depth,label:_type_label,title:_type_title,status:_type_status,where:_type_where,clauses:_type_clauses)->_return_type:
  _set_depth(self,depth)
  _set_label(self,label)
  _set_title(self,title)
  _set_status(self,status)
  _set_where(self,where)
  _set_clauses(self,clauses)
 return __init__


INITS['def __create_fn__(_type_depth, _type_label, _type_title, _type_status, _type_where, _type_clauses, MISSING, _HAS_DEFAULT_FACTORY, _set_depth, _set_label, _set_title, _set_status, _set_where, _set_clauses, _return_type):\n def __init__(self,*,depth:_type_depth,label:_type_label,title:_type_title,status:_type_status,where:_type_where,clauses:_type_clauses)->_return_type:\n  _set_depth(self,depth)\n  _set_label(self,label)\n  _set_title(self,title)\n  _set_status(self,status)\n  _set_where(self,where)\n  _set_clauses(self,clauses)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_diff, _type_versions, _type_summary, MISSING, _HAS_DEFAULT_FACTORY, _set_diff, _set_versions, _dflt_summary, _set_summary, _return_type):
 def __init__(self,*,diff:_type_diff,versions:_type_versions,summary:_type_summary=_dflt_summary)->_return_type:
  _set_diff(self,diff)
  _set_versions(self,versions)
  _set_summary(self,summary)
 return __init__


INITS['def __create_fn__(_type_diff, _type_versions, _type_summary, MISSING, _HAS_DEFAULT_FACTORY, _set_diff, _set_versions, _dflt_summary, _set_summary, _return_type):\n def __init__(self,*,diff:_type_diff,versions:_type_versions,summary:_type_summary=_dflt_summary)->_return_type:\n  _set_diff(self,diff)\n  _set_versions(self,versions)\n  _set_summary(self,summary)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_direction, _type_state, _type_judgements, _type_to, _type_changes, _type_reason, _type_decisions_stand, MISSING, _HAS_DEFAULT_FACTORY, _set_direction, _set_state, _dflt_judgements, _set_judgements, _dflt_to, _set_to, _dflt_changes, _set_changes, _dflt_reason, _set_reason, _dflt_decisions_stand, _set_decisions_stand, _return_type):
 def __init__(self,*,direction:_type_direction,state:_type_state,judgements:_type_judgements=_dflt_judgements,to:_type_to=_dflt_to,changes:_type_changes=_dflt_changes,reason:_type_reason=_dflt_reason,decisions_stand:_type_decisions_stand=_dflt_decisions_stand)->_return_type:
  _set_direction(self,direction)
  _set_state(self,state)
  _set_judgements(self,judgements)
  _set_to(self,to)
  _set_changes(self,changes)
  _set_reason(self,reason)
  _set_decisions_stand(self,decisions_stand)
 return __init__


INITS['def __create_fn__(_type_direction, _type_state, _type_judgements, _type_to, _type_changes, _type_reason, _type_decisions_stand, MISSING, _HAS_DEFAULT_FACTORY, _set_direction, _set_state, _dflt_judgements, _set_judgements, _dflt_to, _set_to, _dflt_changes, _set_changes, _dflt_reason, _set_reason, _dflt_decisions_stand, _set_decisions_stand, _return_type):\n def __init__(self,*,direction:_type_direction,state:_type_state,judgements:_type_judgements=_dflt_judgements,to:_type_to=_dflt_to,changes:_type_changes=_dflt_changes,reason:_type_reason=_dflt_reason,decisions_stand:_type_decisions_stand=_dflt_decisions_stand)->_return_type:\n  _set_direction(self,direction)\n  _set_state(self,state)\n  _set_judgements(self,judgements)\n  _set_to(self,to)\n  _set_changes(self,changes)\n  _set_reason(self,reason)\n  _set_decisions_stand(self,decisions_stand)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_display, _type_findings, _type_problem, _type_index, _type_files, _type_framework, _type_whole, MISSING, _HAS_DEFAULT_FACTORY, _set_display, _set_findings, _set_problem, _set_index, _dflt_files, _set_files, _dflt_framework, _set_framework, _dflt_whole, _set_whole, _return_type):
 def __init__(self,*,display:_type_display,findings:_type_findings,problem:_type_problem,index:_type_index,files:_type_files=_HAS_DEFAULT_FACTORY,framework:_type_framework=_dflt_framework,whole:_type_whole=_dflt_whole)->_return_type:
  _set_display(self,display)
  _set_findings(self,findings)
  _set_problem(self,problem)
  _set_index(self,index)
  _set_files(self,_dflt_files() if files is _HAS_DEFAULT_FACTORY else files)
  _set_framework(self,framework)
  _set_whole(self,whole)
 return __init__


INITS['def __create_fn__(_type_display, _type_findings, _type_problem, _type_index, _type_files, _type_framework, _type_whole, MISSING, _HAS_DEFAULT_FACTORY, _set_display, _set_findings, _set_problem, _set_index, _dflt_files, _set_files, _dflt_framework, _set_framework, _dflt_whole, _set_whole, _return_type):\n def __init__(self,*,display:_type_display,findings:_type_findings,problem:_type_problem,index:_type_index,files:_type_files=_HAS_DEFAULT_FACTORY,framework:_type_framework=_dflt_framework,whole:_type_whole=_dflt_whole)->_return_type:\n  _set_display(self,display)\n  _set_findings(self,findings)\n  _set_problem(self,problem)\n  _set_index(self,index)\n  _set_files(self,_dflt_files() if files is _HAS_DEFAULT_FACTORY else files)\n  _set_framework(self,framework)\n  _set_whole(self,whole)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_domain, _type_code, _type_population, _type_sampled, MISSING, _HAS_DEFAULT_FACTORY, _set_domain, _set_code, _set_population, _set_sampled, _return_type):
 def __init__(self,*,domain:_type_domain,code:_type_code,population:_type_population,sampled:_type_sampled)->_return_type:
  _set_domain(self,domain)
  _set_code(self,code)
  _set_population(self,population)
  _set_sampled(self,sampled)
 return __init__


INITS['def __create_fn__(_type_domain, _type_code, _type_population, _type_sampled, MISSING, _HAS_DEFAULT_FACTORY, _set_domain, _set_code, _set_population, _set_sampled, _return_type):\n def __init__(self,*,domain:_type_domain,code:_type_code,population:_type_population,sampled:_type_sampled)->_return_type:\n  _set_domain(self,domain)\n  _set_code(self,code)\n  _set_population(self,population)\n  _set_sampled(self,sampled)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_domain, _type_condition, _type_facts, MISSING, _HAS_DEFAULT_FACTORY, _set_domain, _set_condition, _set_facts, _return_type):
 def __init__(self,*,domain:_type_domain,condition:_type_condition,facts:_type_facts)->_return_type:
  _set_domain(self,domain)
  _set_condition(self,condition)
  _set_facts(self,facts)
 return __init__


INITS['def __create_fn__(_type_domain, _type_condition, _type_facts, MISSING, _HAS_DEFAULT_FACTORY, _set_domain, _set_condition, _set_facts, _return_type):\n def __init__(self,*,domain:_type_domain,condition:_type_condition,facts:_type_facts)->_return_type:\n  _set_domain(self,domain)\n  _set_condition(self,condition)\n  _set_facts(self,facts)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_domain, _type_name, _type_population, _type_needed, _type_sized_by, _type_share, _type_sampled, _type_margin, MISSING, _HAS_DEFAULT_FACTORY, _set_domain, _set_name, _set_population, _set_needed, _set_sized_by, _dflt_share, _set_share, _dflt_sampled, _set_sampled, _dflt_margin, _set_margin, _return_type):
 def __init__(self,*,domain:_type_domain,name:_type_name,population:_type_population,needed:_type_needed,sized_by:_type_sized_by,share:_type_share=_dflt_share,sampled:_type_sampled=_dflt_sampled,margin:_type_margin=_dflt_margin)->_return_type:
  _set_domain(self,domain)
  _set_name(self,name)
  _set_population(self,population)
  _set_needed(self,needed)
  _set_sized_by(self,sized_by)
  _set_share(self,share)
  _set_sampled(self,sampled)
  _set_margin(self,margin)
 return __init__


INITS['def __create_fn__(_type_domain, _type_name, _type_population, _type_needed, _type_sized_by, _type_share, _type_sampled, _type_margin, MISSING, _HAS_DEFAULT_FACTORY, _set_domain, _set_name, _set_population, _set_needed, _set_sized_by, _dflt_share, _set_share, _dflt_sampled, _set_sampled, _dflt_margin, _set_margin, _return_type):\n def __init__(self,*,domain:_type_domain,name:_type_name,population:_type_population,needed:_type_needed,sized_by:_type_sized_by,share:_type_share=_dflt_share,sampled:_type_sampled=_dflt_sampled,margin:_type_margin=_dflt_margin)->_return_type:\n  _set_domain(self,domain)\n  _set_name(self,name)\n  _set_population(self,population)\n  _set_needed(self,needed)\n  _set_sized_by(self,sized_by)\n  _set_share(self,share)\n  _set_sampled(self,sampled)\n  _set_margin(self,margin)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_domains, _type_rules, _type_says, _type_span, MISSING, _HAS_DEFAULT_FACTORY, _set_domains, _dflt_rules, _set_rules, _dflt_says, _set_says, _dflt_span, _set_span, _return_type):
 def __init__(self,*,domains:_type_domains,rules:_type_rules=_dflt_rules,says:_type_says=_dflt_says,span:_type_span=_dflt_span)->_return_type:
  _set_domains(self,domains)
  _set_rules(self,rules)
  _set_says(self,says)
  _set_span(self,span)
 return __init__


INITS['def __create_fn__(_type_domains, _type_rules, _type_says, _type_span, MISSING, _HAS_DEFAULT_FACTORY, _set_domains, _dflt_rules, _set_rules, _dflt_says, _set_says, _dflt_span, _set_span, _return_type):\n def __init__(self,*,domains:_type_domains,rules:_type_rules=_dflt_rules,says:_type_says=_dflt_says,span:_type_span=_dflt_span)->_return_type:\n  _set_domains(self,domains)\n  _set_rules(self,rules)\n  _set_says(self,says)\n  _set_span(self,span)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_emitted, MISSING, _HAS_DEFAULT_FACTORY, _set_emitted, _return_type):
 def __init__(self,*,emitted:_type_emitted)->_return_type:
  _set_emitted(self,emitted)
 return __init__


INITS['def __create_fn__(_type_emitted, MISSING, _HAS_DEFAULT_FACTORY, _set_emitted, _return_type):\n def __init__(self,*,emitted:_type_emitted)->_return_type:\n  _set_emitted(self,emitted)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_entries, _type_project, _type_unread, MISSING, _HAS_DEFAULT_FACTORY, _set_entries, _set_project, _set_unread, _return_type):
 def __init__(self,*,entries:_type_entries,project:_type_project,unread:_type_unread)->_return_type:
  _set_entries(self,entries)
  _set_project(self,project)
  _set_unread(self,unread)
 return __init__


INITS['def __create_fn__(_type_entries, _type_project, _type_unread, MISSING, _HAS_DEFAULT_FACTORY, _set_entries, _set_project, _set_unread, _return_type):\n def __init__(self,*,entries:_type_entries,project:_type_project,unread:_type_unread)->_return_type:\n  _set_entries(self,entries)\n  _set_project(self,project)\n  _set_unread(self,unread)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_entries, _type_repository, MISSING, _HAS_DEFAULT_FACTORY, _set_entries, _dflt_repository, _set_repository, _return_type):
 def __init__(self,*,entries:_type_entries,repository:_type_repository=_dflt_repository)->_return_type:
  _set_entries(self,entries)
  _set_repository(self,repository)
 return __init__


INITS['def __create_fn__(_type_entries, _type_repository, MISSING, _HAS_DEFAULT_FACTORY, _set_entries, _dflt_repository, _set_repository, _return_type):\n def __init__(self,*,entries:_type_entries,repository:_type_repository=_dflt_repository)->_return_type:\n  _set_entries(self,entries)\n  _set_repository(self,repository)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_explanation, _type_snippets, _type_only, _type_depth, MISSING, _HAS_DEFAULT_FACTORY, _set_explanation, _dflt_snippets, _set_snippets, _dflt_only, _set_only, _dflt_depth, _set_depth, _return_type):
 def __init__(self,*,explanation:_type_explanation,snippets:_type_snippets=_dflt_snippets,only:_type_only=_dflt_only,depth:_type_depth=_dflt_depth)->_return_type:
  _set_explanation(self,explanation)
  _set_snippets(self,snippets)
  _set_only(self,only)
  _set_depth(self,depth)
 return __init__


INITS['def __create_fn__(_type_explanation, _type_snippets, _type_only, _type_depth, MISSING, _HAS_DEFAULT_FACTORY, _set_explanation, _dflt_snippets, _set_snippets, _dflt_only, _set_only, _dflt_depth, _set_depth, _return_type):\n def __init__(self,*,explanation:_type_explanation,snippets:_type_snippets=_dflt_snippets,only:_type_only=_dflt_only,depth:_type_depth=_dflt_depth)->_return_type:\n  _set_explanation(self,explanation)\n  _set_snippets(self,snippets)\n  _set_only(self,only)\n  _set_depth(self,depth)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_facts, MISSING, _HAS_DEFAULT_FACTORY, _set_facts, _return_type):
 def __init__(self,*,facts:_type_facts)->_return_type:
  _set_facts(self,facts)
 return __init__


INITS['def __create_fn__(_type_facts, MISSING, _HAS_DEFAULT_FACTORY, _set_facts, _return_type):\n def __init__(self,*,facts:_type_facts)->_return_type:\n  _set_facts(self,facts)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_family, _type_version, _type_effective_from, _type_effective_until, _type_path, _type_shipped, _type_draft, MISSING, _HAS_DEFAULT_FACTORY, _set_family, _set_version, _set_effective_from, _set_effective_until, _set_path, _dflt_shipped, _set_shipped, _dflt_draft, _set_draft, _return_type):
 def __init__(self,*,family:_type_family,version:_type_version,effective_from:_type_effective_from,effective_until:_type_effective_until,path:_type_path,shipped:_type_shipped=_dflt_shipped,draft:_type_draft=_dflt_draft)->_return_type:
  _set_family(self,family)
  _set_version(self,version)
  _set_effective_from(self,effective_from)
  _set_effective_until(self,effective_until)
  _set_path(self,path)
  _set_shipped(self,shipped)
  _set_draft(self,draft)
 return __init__


INITS['def __create_fn__(_type_family, _type_version, _type_effective_from, _type_effective_until, _type_path, _type_shipped, _type_draft, MISSING, _HAS_DEFAULT_FACTORY, _set_family, _set_version, _set_effective_from, _set_effective_until, _set_path, _dflt_shipped, _set_shipped, _dflt_draft, _set_draft, _return_type):\n def __init__(self,*,family:_type_family,version:_type_version,effective_from:_type_effective_from,effective_until:_type_effective_until,path:_type_path,shipped:_type_shipped=_dflt_shipped,draft:_type_draft=_dflt_draft)->_return_type:\n  _set_family(self,family)\n  _set_version(self,version)\n  _set_effective_from(self,effective_from)\n  _set_effective_until(self,effective_until)\n  _set_path(self,path)\n  _set_shipped(self,shipped)\n  _set_draft(self,draft)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_family, _type_version, _type_title, _type_effective_from, _type_effective_until, _type_based_on, _type_draft, _type_path, _type_sources, _type_attributes, _type_ratings, _type_banding, _type_overall, _type_discretion, _type_sampling, _type_domains, _type_says, _type_span, _type_texts, _type_file_ids, _type__index, _type_derived, MISSING, _HAS_DEFAULT_FACTORY, _set_family, _set_version, _set_title, _dflt_effective_from, _set_effective_from, _dflt_effective_until, _set_effective_until, _dflt_based_on, _set_based_on, _dflt_draft, _set_draft, _set_path, _dflt_sources, _set_sources, _dflt_attributes, _set_attributes, _set_ratings, _set_banding, _set_overall, _dflt_discretion, _set_discretion, _dflt_sampling, _set_sampling, _dflt_domains, _set_domains, _dflt_says, _set_says, _dflt_span, _set_span, _dflt_texts, _set_texts, _dflt_file_ids, _set_file_ids, _dflt__index, _set__index, _dflt_derived, _set_derived, _return_type):
 def __init__(self,*,family:_type_family,version:_type_version,title:_type_title,effective_from:_type_effective_from=_dflt_effective_from,effective_until:_type_effective_until=_dflt_effective_until,based_on:_type_based_on=_dflt_based_on,draft:_type_draft=_dflt_draft,path:_type_path,sources:_type_sources=_dflt_sources,attributes:_type_attributes=_dflt_attributes,ratings:_type_ratings,banding:_type_banding,overall:_type_overall,discretion:_type_discretion=_dflt_discretion,sampling:_type_sampling=_dflt_sampling,domains:_type_domains=_dflt_domains,says:_type_says=_dflt_says,span:_type_span=_dflt_span,texts:_type_texts=_HAS_DEFAULT_FACTORY,file_ids:_type_file_ids=_dflt_file_ids)->_return_type:
  _set_family(self,family)
  _set_version(self,version)
  _set_title(self,title)
  _set_effective_from(self,effective_from)
  _set_effective_until(self,effective_until)
  _set_based_on(self,based_on)
  _set_draft(self,draft)
  _set_path(self,path)
  _set_sources(self,sources)
  _set_attributes(self,attributes)
  _set_ratings(self,ratings)
  _set_banding(self,banding)
  _set_overall(self,overall)
  _set_discretion(self,discretion)
  _set_sampling(self,sampling)
  _set_domains(self,domains)
  _set_says(self,says)
  _set_span(self,span)
  _set_texts(self,_dflt_texts() if texts is _HAS_DEFAULT_FACTORY else texts)
  _set_file_ids(self,file_ids)
  _set__index(self,_dflt__index())
  _set_derived(self,_dflt_derived())
 return __init__


INITS['def __create_fn__(_type_family, _type_version, _type_title, _type_effective_from, _type_effective_until, _type_based_on, _type_draft, _type_path, _type_sources, _type_attributes, _type_ratings, _type_banding, _type_overall, _type_discretion, _type_sampling, _type_domains, _type_says, _type_span, _type_texts, _type_file_ids, _type__index, _type_derived, MISSING, _HAS_DEFAULT_FACTORY, _set_family, _set_version, _set_title, _dflt_effective_from, _set_effective_from, _dflt_effective_until, _set_effective_until, _dflt_based_on, _set_based_on, _dflt_draft, _set_draft, _set_path, _dflt_sources, _set_sources, _dflt_attributes, _set_attributes, _set_ratings, _set_banding, _set_overall, _dflt_discretion, _set_discretion, _dflt_sampling, _set_sampling, _dflt_domains, _set_domains, _dflt_says, _set_says, _dflt_span, _set_span, _dflt_texts, _set_texts, _dflt_file_ids, _set_file_ids, _dflt__index, _set__index, _dflt_derived, _set_derived, _return_type):\n def __init__(self,*,family:_type_family,version:_type_version,title:_type_title,effective_from:_type_effective_from=_dflt_effective_from,effective_until:_type_effective_until=_dflt_effective_until,based_on:_type_based_on=_dflt_based_on,draft:_type_draft=_dflt_draft,path:_type_path,sources:_type_sources=_dflt_sources,attributes:_type_attributes=_dflt_attributes,ratings:_type_ratings,banding:_type_banding,overall:_type_overall,discretion:_type_discretion=_dflt_discretion,sampling:_type_sampling=_dflt_sampling,domains:_type_domains=_dflt_domains,says:_type_says=_dflt_says,span:_type_span=_dflt_span,texts:_type_texts=_HAS_DEFAULT_FACTORY,file_ids:_type_file_ids=_dflt_file_ids)->_return_type:\n  _set_family(self,family)\n  _set_version(self,version)\n  _set_title(self,title)\n  _set_effective_from(self,effective_from)\n  _set_effective_until(self,effective_until)\n  _set_based_on(self,based_on)\n  _set_draft(self,draft)\n  _set_path(self,path)\n  _set_sources(self,sources)\n  _set_attributes(self,attributes)\n  _set_ratings(self,ratings)\n  _set_banding(self,banding)\n  _set_overall(self,overall)\n  _set_discretion(self,discretion)\n  _set_sampling(self,sampling)\n  _set_domains(self,domains)\n  _set_says(self,says)\n  _set_span(self,span)\n  _set_texts(self,_dflt_texts() if texts is _HAS_DEFAULT_FACTORY else texts)\n  _set_file_ids(self,file_ids)\n  _set__index(self,_dflt__index())\n  _set_derived(self,_dflt_derived())\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_file, _type_folder, MISSING, _HAS_DEFAULT_FACTORY, _set_file, _set_folder, _return_type):
 def __init__(self,*,file:_type_file,folder:_type_folder)->_return_type:
  _set_file(self,file)
  _set_folder(self,folder)
 return __init__


INITS['def __create_fn__(_type_file, _type_folder, MISSING, _HAS_DEFAULT_FACTORY, _set_file, _set_folder, _return_type):\n def __init__(self,*,file:_type_file,folder:_type_folder)->_return_type:\n  _set_file(self,file)\n  _set_folder(self,folder)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_file, _type_sha256, _type_cases, MISSING, _HAS_DEFAULT_FACTORY, _set_file, _set_sha256, _set_cases, _return_type):
 def __init__(self,*,file:_type_file,sha256:_type_sha256,cases:_type_cases)->_return_type:
  _set_file(self,file)
  _set_sha256(self,sha256)
  _set_cases(self,cases)
 return __init__


INITS['def __create_fn__(_type_file, _type_sha256, _type_cases, MISSING, _HAS_DEFAULT_FACTORY, _set_file, _set_sha256, _set_cases, _return_type):\n def __init__(self,*,file:_type_file,sha256:_type_sha256,cases:_type_cases)->_return_type:\n  _set_file(self,file)\n  _set_sha256(self,sha256)\n  _set_cases(self,cases)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_files, _type_missing_base, _type_documents, _type_shipped, MISSING, _HAS_DEFAULT_FACTORY, _set_files, _set_missing_base, _set_documents, _set_shipped, _return_type):
 def __init__(self,*,files:_type_files,missing_base:_type_missing_base,documents:_type_documents,shipped:_type_shipped)->_return_type:
  _set_files(self,files)
  _set_missing_base(self,missing_base)
  _set_documents(self,documents)
  _set_shipped(self,shipped)
 return __init__


INITS['def __create_fn__(_type_files, _type_missing_base, _type_documents, _type_shipped, MISSING, _HAS_DEFAULT_FACTORY, _set_files, _set_missing_base, _set_documents, _set_shipped, _return_type):\n def __init__(self,*,files:_type_files,missing_base:_type_missing_base,documents:_type_documents,shipped:_type_shipped)->_return_type:\n  _set_files(self,files)\n  _set_missing_base(self,missing_base)\n  _set_documents(self,documents)\n  _set_shipped(self,shipped)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_files, _type_strict, MISSING, _HAS_DEFAULT_FACTORY, _set_files, _dflt_strict, _set_strict, _return_type):
 def __init__(self,*,files:_type_files,strict:_type_strict=_dflt_strict)->_return_type:
  _set_files(self,files)
  _set_strict(self,strict)
 return __init__


INITS['def __create_fn__(_type_files, _type_strict, MISSING, _HAS_DEFAULT_FACTORY, _set_files, _dflt_strict, _set_strict, _return_type):\n def __init__(self,*,files:_type_files,strict:_type_strict=_dflt_strict)->_return_type:\n  _set_files(self,files)\n  _set_strict(self,strict)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_folder, _type_entries, _type_size, _type_limit, MISSING, _HAS_DEFAULT_FACTORY, _set_folder, _set_entries, _set_size, _set_limit, _return_type):
 def __init__(self,*,folder:_type_folder,entries:_type_entries,size:_type_size,limit:_type_limit)->_return_type:
  _set_folder(self,folder)
  _set_entries(self,entries)
  _set_size(self,size)
  _set_limit(self,limit)
 return __init__


INITS['def __create_fn__(_type_folder, _type_entries, _type_size, _type_limit, MISSING, _HAS_DEFAULT_FACTORY, _set_folder, _set_entries, _set_size, _set_limit, _return_type):\n def __init__(self,*,folder:_type_folder,entries:_type_entries,size:_type_size,limit:_type_limit)->_return_type:\n  _set_folder(self,folder)\n  _set_entries(self,entries)\n  _set_size(self,size)\n  _set_limit(self,limit)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_form, _type_params, _type_rows, _type_span, MISSING, _HAS_DEFAULT_FACTORY, _set_form, _dflt_params, _set_params, _dflt_rows, _set_rows, _dflt_span, _set_span, _return_type):
 def __init__(self,*,form:_type_form,params:_type_params=_dflt_params,rows:_type_rows=_dflt_rows,span:_type_span=_dflt_span)->_return_type:
  _set_form(self,form)
  _set_params(self,params)
  _set_rows(self,rows)
  _set_span(self,span)
 return __init__


INITS['def __create_fn__(_type_form, _type_params, _type_rows, _type_span, MISSING, _HAS_DEFAULT_FACTORY, _set_form, _dflt_params, _set_params, _dflt_rows, _set_rows, _dflt_span, _set_span, _return_type):\n def __init__(self,*,form:_type_form,params:_type_params=_dflt_params,rows:_type_rows=_dflt_rows,span:_type_span=_dflt_span)->_return_type:\n  _set_form(self,form)\n  _set_params(self,params)\n  _set_rows(self,rows)\n  _set_span(self,span)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_framework, _type_data, _type_overall, _type_standards, _type_diagnostics, _type__index, _type__memo, MISSING, _HAS_DEFAULT_FACTORY, _set_framework, _set_data, _set_overall, _set_standards, _dflt_diagnostics, _set_diagnostics, _dflt__index, _set__index, _dflt__memo, _set__memo, _return_type):
 def __init__(self,*,framework:_type_framework,data:_type_data,overall:_type_overall,standards:_type_standards,diagnostics:_type_diagnostics=_dflt_diagnostics)->_return_type:
  _set_framework(self,framework)
  _set_data(self,data)
  _set_overall(self,overall)
  _set_standards(self,standards)
  _set_diagnostics(self,diagnostics)
  _set__index(self,_dflt__index())
  _set__memo(self,_dflt__memo())
 return __init__


INITS['def __create_fn__(_type_framework, _type_data, _type_overall, _type_standards, _type_diagnostics, _type__index, _type__memo, MISSING, _HAS_DEFAULT_FACTORY, _set_framework, _set_data, _set_overall, _set_standards, _dflt_diagnostics, _set_diagnostics, _dflt__index, _set__index, _dflt__memo, _set__memo, _return_type):\n def __init__(self,*,framework:_type_framework,data:_type_data,overall:_type_overall,standards:_type_standards,diagnostics:_type_diagnostics=_dflt_diagnostics)->_return_type:\n  _set_framework(self,framework)\n  _set_data(self,data)\n  _set_overall(self,overall)\n  _set_standards(self,standards)\n  _set_diagnostics(self,diagnostics)\n  _set__index(self,_dflt__index())\n  _set__memo(self,_dflt__memo())\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_framework, _type_diagnostics, _type_sources, MISSING, _HAS_DEFAULT_FACTORY, _set_framework, _set_diagnostics, _dflt_sources, _set_sources, _return_type):
 def __init__(self,*,framework:_type_framework,diagnostics:_type_diagnostics,sources:_type_sources=_HAS_DEFAULT_FACTORY)->_return_type:
  _set_framework(self,framework)
  _set_diagnostics(self,diagnostics)
  _set_sources(self,_dflt_sources() if sources is _HAS_DEFAULT_FACTORY else sources)
 return __init__


INITS['def __create_fn__(_type_framework, _type_diagnostics, _type_sources, MISSING, _HAS_DEFAULT_FACTORY, _set_framework, _set_diagnostics, _dflt_sources, _set_sources, _return_type):\n def __init__(self,*,framework:_type_framework,diagnostics:_type_diagnostics,sources:_type_sources=_HAS_DEFAULT_FACTORY)->_return_type:\n  _set_framework(self,framework)\n  _set_diagnostics(self,diagnostics)\n  _set_sources(self,_dflt_sources() if sources is _HAS_DEFAULT_FACTORY else sources)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_framework, _type_diagnostics, _type_sources, _type_statements, _type_drafts, _type_file_ids, MISSING, _HAS_DEFAULT_FACTORY, _set_framework, _set_diagnostics, _set_sources, _set_statements, _dflt_drafts, _set_drafts, _dflt_file_ids, _set_file_ids, _return_type):
 def __init__(self,*,framework:_type_framework,diagnostics:_type_diagnostics,sources:_type_sources,statements:_type_statements,drafts:_type_drafts=_dflt_drafts,file_ids:_type_file_ids=_HAS_DEFAULT_FACTORY)->_return_type:
  _set_framework(self,framework)
  _set_diagnostics(self,diagnostics)
  _set_sources(self,sources)
  _set_statements(self,statements)
  _set_drafts(self,drafts)
  _set_file_ids(self,_dflt_file_ids() if file_ids is _HAS_DEFAULT_FACTORY else file_ids)
 return __init__


INITS['def __create_fn__(_type_framework, _type_diagnostics, _type_sources, _type_statements, _type_drafts, _type_file_ids, MISSING, _HAS_DEFAULT_FACTORY, _set_framework, _set_diagnostics, _set_sources, _set_statements, _dflt_drafts, _set_drafts, _dflt_file_ids, _set_file_ids, _return_type):\n def __init__(self,*,framework:_type_framework,diagnostics:_type_diagnostics,sources:_type_sources,statements:_type_statements,drafts:_type_drafts=_dflt_drafts,file_ids:_type_file_ids=_HAS_DEFAULT_FACTORY)->_return_type:\n  _set_framework(self,framework)\n  _set_diagnostics(self,diagnostics)\n  _set_sources(self,sources)\n  _set_statements(self,statements)\n  _set_drafts(self,drafts)\n  _set_file_ids(self,_dflt_file_ids() if file_ids is _HAS_DEFAULT_FACTORY else file_ids)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_framework, _type_fmt, _type_console, MISSING, _HAS_DEFAULT_FACTORY, _set_framework, _set_fmt, _set_console, _return_type):
 def __init__(self,*,framework:_type_framework,fmt:_type_fmt,console:_type_console)->_return_type:
  _set_framework(self,framework)
  _set_fmt(self,fmt)
  _set_console(self,console)
 return __init__


INITS['def __create_fn__(_type_framework, _type_fmt, _type_console, MISSING, _HAS_DEFAULT_FACTORY, _set_framework, _set_fmt, _set_console, _return_type):\n def __init__(self,*,framework:_type_framework,fmt:_type_fmt,console:_type_console)->_return_type:\n  _set_framework(self,framework)\n  _set_fmt(self,fmt)\n  _set_console(self,console)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_framework, _type_instrument, _type_made_by, _type_framework_file, MISSING, _HAS_DEFAULT_FACTORY, _set_framework, _set_instrument, _set_made_by, _dflt_framework_file, _set_framework_file, _return_type):
 def __init__(self,*,framework:_type_framework,instrument:_type_instrument,made_by:_type_made_by,framework_file:_type_framework_file=_dflt_framework_file)->_return_type:
  _set_framework(self,framework)
  _set_instrument(self,instrument)
  _set_made_by(self,made_by)
  _set_framework_file(self,framework_file)
 return __init__


INITS['def __create_fn__(_type_framework, _type_instrument, _type_made_by, _type_framework_file, MISSING, _HAS_DEFAULT_FACTORY, _set_framework, _set_instrument, _set_made_by, _dflt_framework_file, _set_framework_file, _return_type):\n def __init__(self,*,framework:_type_framework,instrument:_type_instrument,made_by:_type_made_by,framework_file:_type_framework_file=_dflt_framework_file)->_return_type:\n  _set_framework(self,framework)\n  _set_instrument(self,instrument)\n  _set_made_by(self,made_by)\n  _set_framework_file(self,framework_file)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_framework, _type_standards, _type_key_questions, _type_prompts, _type_standard_by_id, _type_conditions, _type_judged_items, _type_known_items, _type_judged_ids, _type_declared_attributes, _type_domain_attributes, _type_nearest_boundary, _type_score, _type_rating_by_score, _type_top_score, _type_bottom_score, _type_round, _type_up_to, _type_down_to, _type_eligible_when, _type_kq_eligible_when, _type_scale, _type_overall, _type_limit_rules, _type_overall_rule, _type_rounding_rule, _type_bands, _type_band_names, _type_band_rules, _type_overall_rules, _type_discretion_rules, _type_kq_discretion_rules, _type__passes, MISSING, _HAS_DEFAULT_FACTORY, _set_framework, _set_standards, _set_key_questions, _set_prompts, _set_standard_by_id, _set_conditions, _set_judged_items, _set_known_items, _set_judged_ids, _set_declared_attributes, _set_domain_attributes, _set_nearest_boundary, _set_score, _set_rating_by_score, _set_top_score, _set_bottom_score, _set_round, _set_up_to, _set_down_to, _set_eligible_when, _set_kq_eligible_when, _set_scale, _set_overall, _set_limit_rules, _set_overall_rule, _set_rounding_rule, _set_bands, _set_band_names, _set_band_rules, _set_overall_rules, _set_discretion_rules, _set_kq_discretion_rules, _dflt__passes, _set__passes, _return_type):
 def __init__(self,*,framework:_type_framework,standards:_type_standards,key_questions:_type_key_questions,prompts:_type_prompts,standard_by_id:_type_standard_by_id,conditions:_type_conditions,judged_items:_type_judged_items,known_items:_type_known_items,judged_ids:_type_judged_ids,declared_attributes:_type_declared_attributes,domain_attributes:_type_domain_attributes,nearest_boundary:_type_nearest_boundary,score:_type_score,rating_by_score:_type_rating_by_score,top_score:_type_top_score,bottom_score:_type_bottom_score,round:_type_round,up_to:_type_up_to,down_to:_type_down_to,eligible_when:_type_eligible_when,kq_eligible_when:_type_kq_eligible_when,scale:_type_scale,overall:_type_overall,limit_rules:_type_limit_rules,overall_rule:_type_overall_rule,rounding_rule:_type_rounding_rule,bands:_type_bands,band_names:_type_band_names,band_rules:_type_band_rules,overall_rules:_type_overall_rules,discretion_rules:_type_discretion_rules,kq_discretion_rules:_type_kq_discretion_rules,_passes:_type__passes=_HAS_DEFAULT_FACTORY)->_return_type:
  _set_framework(self,framework)
  _set_standards(self,standards)
  _set_key_questions(self,key_questions)
  _set_prompts(self,prompts)
  _set_standard_by_id(self,standard_by_id)
  _set_conditions(self,conditions)
  _set_judged_items(self,judged_items)
  _set_known_items(self,known_items)
  _set_judged_ids(self,judged_ids)
  _set_declared_attributes(self,declared_attributes)
  _set_domain_attributes(self,domain_attributes)
  _set_nearest_boundary(self,nearest_boundary)
  _set_score(self,score)
  _set_rating_by_score(self,rating_by_score)
  _set_top_score(self,top_score)
  _set_bottom_score(self,bottom_score)
  _set_round(self,round)
  _set_up_to(self,up_to)
  _set_down_to(self,down_to)
  _set_eligible_when(self,eligible_when)
  _set_kq_eligible_when(self,kq_eligible_when)
  _set_scale(self,scale)
  _set_overall(self,overall)
  _set_limit_rules(self,limit_rules)
  _set_overall_rule(self,overall_rule)
  _set_rounding_rule(self,rounding_rule)
  _set_bands(self,bands)
  _set_band_names(self,band_names)
  _set_band_rules(self,band_rules)
  _set_overall_rules(self,overall_rules)
  _set_discretion_rules(self,discretion_rules)
  _set_kq_discretion_rules(self,kq_discretion_rules)
  _set__passes(self,_dflt__passes() if _passes is _HAS_DEFAULT_FACTORY else _passes)
 return __init__


INITS['def __create_fn__(_type_framework, _type_standards, _type_key_questions, _type_prompts, _type_standard_by_id, _type_conditions, _type_judged_items, _type_known_items, _type_judged_ids, _type_declared_attributes, _type_domain_attributes, _type_nearest_boundary, _type_score, _type_rating_by_score, _type_top_score, _type_bottom_score, _type_round, _type_up_to, _type_down_to, _type_eligible_when, _type_kq_eligible_when, _type_scale, _type_overall, _type_limit_rules, _type_overall_rule, _type_rounding_rule, _type_bands, _type_band_names, _type_band_rules, _type_overall_rules, _type_discretion_rules, _type_kq_discretion_rules, _type__passes, MISSING, _HAS_DEFAULT_FACTORY, _set_framework, _set_standards, _set_key_questions, _set_prompts, _set_standard_by_id, _set_conditions, _set_judged_items, _set_known_items, _set_judged_ids, _set_declared_attributes, _set_domain_attributes, _set_nearest_boundary, _set_score, _set_rating_by_score, _set_top_score, _set_bottom_score, _set_round, _set_up_to, _set_down_to, _set_eligible_when, _set_kq_eligible_when, _set_scale, _set_overall, _set_limit_rules, _set_overall_rule, _set_rounding_rule, _set_bands, _set_band_names, _set_band_rules, _set_overall_rules, _set_discretion_rules, _set_kq_discretion_rules, _dflt__passes, _set__passes, _return_type):\n def __init__(self,*,framework:_type_framework,standards:_type_standards,key_questions:_type_key_questions,prompts:_type_prompts,standard_by_id:_type_standard_by_id,conditions:_type_conditions,judged_items:_type_judged_items,known_items:_type_known_items,judged_ids:_type_judged_ids,declared_attributes:_type_declared_attributes,domain_attributes:_type_domain_attributes,nearest_boundary:_type_nearest_boundary,score:_type_score,rating_by_score:_type_rating_by_score,top_score:_type_top_score,bottom_score:_type_bottom_score,round:_type_round,up_to:_type_up_to,down_to:_type_down_to,eligible_when:_type_eligible_when,kq_eligible_when:_type_kq_eligible_when,scale:_type_scale,overall:_type_overall,limit_rules:_type_limit_rules,overall_rule:_type_overall_rule,rounding_rule:_type_rounding_rule,bands:_type_bands,band_names:_type_band_names,band_rules:_type_band_rules,overall_rules:_type_overall_rules,discretion_rules:_type_discretion_rules,kq_discretion_rules:_type_kq_discretion_rules,_passes:_type__passes=_HAS_DEFAULT_FACTORY)->_return_type:\n  _set_framework(self,framework)\n  _set_standards(self,standards)\n  _set_key_questions(self,key_questions)\n  _set_prompts(self,prompts)\n  _set_standard_by_id(self,standard_by_id)\n  _set_conditions(self,conditions)\n  _set_judged_items(self,judged_items)\n  _set_known_items(self,known_items)\n  _set_judged_ids(self,judged_ids)\n  _set_declared_attributes(self,declared_attributes)\n  _set_domain_attributes(self,domain_attributes)\n  _set_nearest_boundary(self,nearest_boundary)\n  _set_score(self,score)\n  _set_rating_by_score(self,rating_by_score)\n  _set_top_score(self,top_score)\n  _set_bottom_score(self,bottom_score)\n  _set_round(self,round)\n  _set_up_to(self,up_to)\n  _set_down_to(self,down_to)\n  _set_eligible_when(self,eligible_when)\n  _set_kq_eligible_when(self,kq_eligible_when)\n  _set_scale(self,scale)\n  _set_overall(self,overall)\n  _set_limit_rules(self,limit_rules)\n  _set_overall_rule(self,overall_rule)\n  _set_rounding_rule(self,rounding_rule)\n  _set_bands(self,bands)\n  _set_band_names(self,band_names)\n  _set_band_rules(self,band_rules)\n  _set_overall_rules(self,overall_rules)\n  _set_discretion_rules(self,discretion_rules)\n  _set_kq_discretion_rules(self,kq_discretion_rules)\n  _set__passes(self,_dflt__passes() if _passes is _HAS_DEFAULT_FACTORY else _passes)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_framework_id, _type_confidence, _type_margin, _type_domains, _type_lines, MISSING, _HAS_DEFAULT_FACTORY, _set_framework_id, _set_confidence, _set_margin, _set_domains, _set_lines, _return_type):
 def __init__(self,*,framework_id:_type_framework_id,confidence:_type_confidence,margin:_type_margin,domains:_type_domains,lines:_type_lines)->_return_type:
  _set_framework_id(self,framework_id)
  _set_confidence(self,confidence)
  _set_margin(self,margin)
  _set_domains(self,domains)
  _set_lines(self,lines)
 return __init__


INITS['def __create_fn__(_type_framework_id, _type_confidence, _type_margin, _type_domains, _type_lines, MISSING, _HAS_DEFAULT_FACTORY, _set_framework_id, _set_confidence, _set_margin, _set_domains, _set_lines, _return_type):\n def __init__(self,*,framework_id:_type_framework_id,confidence:_type_confidence,margin:_type_margin,domains:_type_domains,lines:_type_lines)->_return_type:\n  _set_framework_id(self,framework_id)\n  _set_confidence(self,confidence)\n  _set_margin(self,margin)\n  _set_domains(self,domains)\n  _set_lines(self,lines)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_header, _type_min_width, _type_no_wrap, _type_justify, _type_overflow, MISSING, _HAS_DEFAULT_FACTORY, _set_header, _dflt_min_width, _set_min_width, _dflt_no_wrap, _set_no_wrap, _dflt_justify, _set_justify, _dflt_overflow, _set_overflow, _return_type):
 def __init__(self,*,header:_type_header,min_width:_type_min_width=_dflt_min_width,no_wrap:_type_no_wrap=_dflt_no_wrap,justify:_type_justify=_dflt_justify,overflow:_type_overflow=_dflt_overflow)->_return_type:
  _set_header(self,header)
  _set_min_width(self,min_width)
  _set_no_wrap(self,no_wrap)
  _set_justify(self,justify)
  _set_overflow(self,overflow)
 return __init__


INITS['def __create_fn__(_type_header, _type_min_width, _type_no_wrap, _type_justify, _type_overflow, MISSING, _HAS_DEFAULT_FACTORY, _set_header, _dflt_min_width, _set_min_width, _dflt_no_wrap, _set_no_wrap, _dflt_justify, _set_justify, _dflt_overflow, _set_overflow, _return_type):\n def __init__(self,*,header:_type_header,min_width:_type_min_width=_dflt_min_width,no_wrap:_type_no_wrap=_dflt_no_wrap,justify:_type_justify=_dflt_justify,overflow:_type_overflow=_dflt_overflow)->_return_type:\n  _set_header(self,header)\n  _set_min_width(self,min_width)\n  _set_no_wrap(self,no_wrap)\n  _set_justify(self,justify)\n  _set_overflow(self,overflow)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_heading, _type_counts, _type_missing, MISSING, _HAS_DEFAULT_FACTORY, _set_heading, _set_counts, _set_missing, _return_type):
 def __init__(self,*,heading:_type_heading,counts:_type_counts,missing:_type_missing)->_return_type:
  _set_heading(self,heading)
  _set_counts(self,counts)
  _set_missing(self,missing)
 return __init__


INITS['def __create_fn__(_type_heading, _type_counts, _type_missing, MISSING, _HAS_DEFAULT_FACTORY, _set_heading, _set_counts, _set_missing, _return_type):\n def __init__(self,*,heading:_type_heading,counts:_type_counts,missing:_type_missing)->_return_type:\n  _set_heading(self,heading)\n  _set_counts(self,counts)\n  _set_missing(self,missing)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_heading, _type_facts, _type_counts, _type_items_title, _type_items, _type_rules_title, _type_rules, MISSING, _HAS_DEFAULT_FACTORY, _set_heading, _set_facts, _set_counts, _set_items_title, _set_items, _set_rules_title, _set_rules, _return_type):
 def __init__(self,*,heading:_type_heading,facts:_type_facts,counts:_type_counts,items_title:_type_items_title,items:_type_items,rules_title:_type_rules_title,rules:_type_rules)->_return_type:
  _set_heading(self,heading)
  _set_facts(self,facts)
  _set_counts(self,counts)
  _set_items_title(self,items_title)
  _set_items(self,items)
  _set_rules_title(self,rules_title)
  _set_rules(self,rules)
 return __init__


INITS['def __create_fn__(_type_heading, _type_facts, _type_counts, _type_items_title, _type_items, _type_rules_title, _type_rules, MISSING, _HAS_DEFAULT_FACTORY, _set_heading, _set_facts, _set_counts, _set_items_title, _set_items, _set_rules_title, _set_rules, _return_type):\n def __init__(self,*,heading:_type_heading,facts:_type_facts,counts:_type_counts,items_title:_type_items_title,items:_type_items,rules_title:_type_rules_title,rules:_type_rules)->_return_type:\n  _set_heading(self,heading)\n  _set_facts(self,facts)\n  _set_counts(self,counts)\n  _set_items_title(self,items_title)\n  _set_items(self,items)\n  _set_rules_title(self,rules_title)\n  _set_rules(self,rules)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_holds, _type_fails, MISSING, _HAS_DEFAULT_FACTORY, _set_holds, _set_fails, _return_type):
 def __init__(self,*,holds:_type_holds,fails:_type_fails)->_return_type:
  _set_holds(self,holds)
  _set_fails(self,fails)
 return __init__


INITS['def __create_fn__(_type_holds, _type_fails, MISSING, _HAS_DEFAULT_FACTORY, _set_holds, _set_fails, _return_type):\n def __init__(self,*,holds:_type_holds,fails:_type_fails)->_return_type:\n  _set_holds(self,holds)\n  _set_fails(self,fails)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_holds, _type_fails, _type_joined, MISSING, _HAS_DEFAULT_FACTORY, _set_holds, _set_fails, _dflt_joined, _set_joined, _return_type):
 def __init__(self,*,holds:_type_holds,fails:_type_fails,joined:_type_joined=_dflt_joined)->_return_type:
  _set_holds(self,holds)
  _set_fails(self,fails)
  _set_joined(self,joined)
 return __init__


INITS['def __create_fn__(_type_holds, _type_fails, _type_joined, MISSING, _HAS_DEFAULT_FACTORY, _set_holds, _set_fails, _dflt_joined, _set_joined, _return_type):\n def __init__(self,*,holds:_type_holds,fails:_type_fails,joined:_type_joined=_dflt_joined)->_return_type:\n  _set_holds(self,holds)\n  _set_fails(self,fails)\n  _set_joined(self,joined)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_attributes, _type_inspector, _type_note, _type_reasons, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_attributes, _set_inspector, _set_note, _set_reasons, _return_type):
 def __init__(self,*,id:_type_id,attributes:_type_attributes,inspector:_type_inspector,note:_type_note,reasons:_type_reasons)->_return_type:
  _set_id(self,id)
  _set_attributes(self,attributes)
  _set_inspector(self,inspector)
  _set_note(self,note)
  _set_reasons(self,reasons)
 return __init__


INITS['def __create_fn__(_type_id, _type_attributes, _type_inspector, _type_note, _type_reasons, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_attributes, _set_inspector, _set_note, _set_reasons, _return_type):\n def __init__(self,*,id:_type_id,attributes:_type_attributes,inspector:_type_inspector,note:_type_note,reasons:_type_reasons)->_return_type:\n  _set_id(self,id)\n  _set_attributes(self,attributes)\n  _set_inspector(self,inspector)\n  _set_note(self,note)\n  _set_reasons(self,reasons)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_banded, _type_rating, _type_by_override, _type_basis, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_banded, _set_rating, _set_by_override, _set_basis, _set_reason, _return_type):
 def __init__(self,*,id:_type_id,banded:_type_banded,rating:_type_rating,by_override:_type_by_override,basis:_type_basis,reason:_type_reason)->_return_type:
  _set_id(self,id)
  _set_banded(self,banded)
  _set_rating(self,rating)
  _set_by_override(self,by_override)
  _set_basis(self,basis)
  _set_reason(self,reason)
 return __init__


INITS['def __create_fn__(_type_id, _type_banded, _type_rating, _type_by_override, _type_basis, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_banded, _set_rating, _set_by_override, _set_basis, _set_reason, _return_type):\n def __init__(self,*,id:_type_id,banded:_type_banded,rating:_type_rating,by_override:_type_by_override,basis:_type_basis,reason:_type_reason)->_return_type:\n  _set_id(self,id)\n  _set_banded(self,banded)\n  _set_rating(self,rating)\n  _set_by_override(self,by_override)\n  _set_basis(self,basis)\n  _set_reason(self,reason)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_basis, _type_relevant, _type_yes, _type_percent, _type_band, _type_published, _type_report_line, _type_undetermined, _type_not_inspected, _type_discretion, _type_admitted, _type_counted_cases, _type_plan, _type_source, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_basis, _set_relevant, _set_yes, _set_percent, _set_band, _dflt_published, _set_published, _dflt_report_line, _set_report_line, _dflt_undetermined, _set_undetermined, _dflt_not_inspected, _set_not_inspected, _dflt_discretion, _set_discretion, _dflt_admitted, _set_admitted, _dflt_counted_cases, _set_counted_cases, _set_plan, _dflt_source, _set_source, _return_type):
 def __init__(self,*,id:_type_id,basis:_type_basis,relevant:_type_relevant,yes:_type_yes,percent:_type_percent,band:_type_band,published:_type_published=_dflt_published,report_line:_type_report_line=_dflt_report_line,undetermined:_type_undetermined=_dflt_undetermined,not_inspected:_type_not_inspected=_dflt_not_inspected,discretion:_type_discretion=_dflt_discretion,admitted:_type_admitted=_dflt_admitted,counted_cases:_type_counted_cases=_dflt_counted_cases,plan:_type_plan,source:_type_source=_dflt_source)->_return_type:
  _set_id(self,id)
  _set_basis(self,basis)
  _set_relevant(self,relevant)
  _set_yes(self,yes)
  _set_percent(self,percent)
  _set_band(self,band)
  _set_published(self,published)
  _set_report_line(self,report_line)
  _set_undetermined(self,undetermined)
  _set_not_inspected(self,not_inspected)
  _set_discretion(self,discretion)
  _set_admitted(self,admitted)
  _set_counted_cases(self,counted_cases)
  _set_plan(self,plan)
  _set_source(self,source)
 return __init__


INITS['def __create_fn__(_type_id, _type_basis, _type_relevant, _type_yes, _type_percent, _type_band, _type_published, _type_report_line, _type_undetermined, _type_not_inspected, _type_discretion, _type_admitted, _type_counted_cases, _type_plan, _type_source, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_basis, _set_relevant, _set_yes, _set_percent, _set_band, _dflt_published, _set_published, _dflt_report_line, _set_report_line, _dflt_undetermined, _set_undetermined, _dflt_not_inspected, _set_not_inspected, _dflt_discretion, _set_discretion, _dflt_admitted, _set_admitted, _dflt_counted_cases, _set_counted_cases, _set_plan, _dflt_source, _set_source, _return_type):\n def __init__(self,*,id:_type_id,basis:_type_basis,relevant:_type_relevant,yes:_type_yes,percent:_type_percent,band:_type_band,published:_type_published=_dflt_published,report_line:_type_report_line=_dflt_report_line,undetermined:_type_undetermined=_dflt_undetermined,not_inspected:_type_not_inspected=_dflt_not_inspected,discretion:_type_discretion=_dflt_discretion,admitted:_type_admitted=_dflt_admitted,counted_cases:_type_counted_cases=_dflt_counted_cases,plan:_type_plan,source:_type_source=_dflt_source)->_return_type:\n  _set_id(self,id)\n  _set_basis(self,basis)\n  _set_relevant(self,relevant)\n  _set_yes(self,yes)\n  _set_percent(self,percent)\n  _set_band(self,band)\n  _set_published(self,published)\n  _set_report_line(self,report_line)\n  _set_undetermined(self,undetermined)\n  _set_not_inspected(self,not_inspected)\n  _set_discretion(self,discretion)\n  _set_admitted(self,admitted)\n  _set_counted_cases(self,counted_cases)\n  _set_plan(self,plan)\n  _set_source(self,source)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_family, _type_version, _type_title, _type_effective_from, _type_effective_until, _type_based_on, _type_path, _type_file, _type_display, _type_local, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_family, _set_version, _set_title, _set_effective_from, _set_effective_until, _set_based_on, _set_path, _set_file, _set_display, _dflt_local, _set_local, _return_type):
 def __init__(self,*,id:_type_id,family:_type_family,version:_type_version,title:_type_title,effective_from:_type_effective_from,effective_until:_type_effective_until,based_on:_type_based_on,path:_type_path,file:_type_file,display:_type_display,local:_type_local=_dflt_local)->_return_type:
  _set_id(self,id)
  _set_family(self,family)
  _set_version(self,version)
  _set_title(self,title)
  _set_effective_from(self,effective_from)
  _set_effective_until(self,effective_until)
  _set_based_on(self,based_on)
  _set_path(self,path)
  _set_file(self,file)
  _set_display(self,display)
  _set_local(self,local)
 return __init__


INITS['def __create_fn__(_type_id, _type_family, _type_version, _type_title, _type_effective_from, _type_effective_until, _type_based_on, _type_path, _type_file, _type_display, _type_local, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_family, _set_version, _set_title, _set_effective_from, _set_effective_until, _set_based_on, _set_path, _set_file, _set_display, _dflt_local, _set_local, _return_type):\n def __init__(self,*,id:_type_id,family:_type_family,version:_type_version,title:_type_title,effective_from:_type_effective_from,effective_until:_type_effective_until,based_on:_type_based_on,path:_type_path,file:_type_file,display:_type_display,local:_type_local=_dflt_local)->_return_type:\n  _set_id(self,id)\n  _set_family(self,family)\n  _set_version(self,version)\n  _set_title(self,title)\n  _set_effective_from(self,effective_from)\n  _set_effective_until(self,effective_until)\n  _set_based_on(self,based_on)\n  _set_path(self,path)\n  _set_file(self,file)\n  _set_display(self,display)\n  _set_local(self,local)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_index, _type_attributes, _type_at_top, _type_answers, _type_note, _type_inspector, _type_reasons, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_index, _set_attributes, _dflt_at_top, _set_at_top, _set_answers, _dflt_note, _set_note, _dflt_inspector, _set_inspector, _dflt_reasons, _set_reasons, _return_type):
 def __init__(self,*,id:_type_id,index:_type_index,attributes:_type_attributes,at_top:_type_at_top=_dflt_at_top,answers:_type_answers,note:_type_note=_dflt_note,inspector:_type_inspector=_dflt_inspector,reasons:_type_reasons=_HAS_DEFAULT_FACTORY)->_return_type:
  _set_id(self,id)
  _set_index(self,index)
  _set_attributes(self,attributes)
  _set_at_top(self,at_top)
  _set_answers(self,answers)
  _set_note(self,note)
  _set_inspector(self,inspector)
  _set_reasons(self,_dflt_reasons() if reasons is _HAS_DEFAULT_FACTORY else reasons)
 return __init__


INITS['def __create_fn__(_type_id, _type_index, _type_attributes, _type_at_top, _type_answers, _type_note, _type_inspector, _type_reasons, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_index, _set_attributes, _dflt_at_top, _set_at_top, _set_answers, _dflt_note, _set_note, _dflt_inspector, _set_inspector, _dflt_reasons, _set_reasons, _return_type):\n def __init__(self,*,id:_type_id,index:_type_index,attributes:_type_attributes,at_top:_type_at_top=_dflt_at_top,answers:_type_answers,note:_type_note=_dflt_note,inspector:_type_inspector=_dflt_inspector,reasons:_type_reasons=_HAS_DEFAULT_FACTORY)->_return_type:\n  _set_id(self,id)\n  _set_index(self,index)\n  _set_attributes(self,attributes)\n  _set_at_top(self,at_top)\n  _set_answers(self,answers)\n  _set_note(self,note)\n  _set_inspector(self,inspector)\n  _set_reasons(self,_dflt_reasons() if reasons is _HAS_DEFAULT_FACTORY else reasons)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_label, _type_facts, _type_note, _type_items, _type_inspector, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_label, _set_facts, _set_note, _set_items, _dflt_inspector, _set_inspector, _return_type):
 def __init__(self,*,id:_type_id,label:_type_label,facts:_type_facts,note:_type_note,items:_type_items,inspector:_type_inspector=_dflt_inspector)->_return_type:
  _set_id(self,id)
  _set_label(self,label)
  _set_facts(self,facts)
  _set_note(self,note)
  _set_items(self,items)
  _set_inspector(self,inspector)
 return __init__


INITS['def __create_fn__(_type_id, _type_label, _type_facts, _type_note, _type_items, _type_inspector, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_label, _set_facts, _set_note, _set_items, _dflt_inspector, _set_inspector, _return_type):\n def __init__(self,*,id:_type_id,label:_type_label,facts:_type_facts,note:_type_note,items:_type_items,inspector:_type_inspector=_dflt_inspector)->_return_type:\n  _set_id(self,id)\n  _set_label(self,label)\n  _set_facts(self,facts)\n  _set_note(self,note)\n  _set_items(self,items)\n  _set_inspector(self,inspector)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_label, _type_rating, _type_down, _type_up, _type_note, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_label, _set_rating, _set_down, _set_up, _set_note, _return_type):
 def __init__(self,*,id:_type_id,label:_type_label,rating:_type_rating,down:_type_down,up:_type_up,note:_type_note)->_return_type:
  _set_id(self,id)
  _set_label(self,label)
  _set_rating(self,rating)
  _set_down(self,down)
  _set_up(self,up)
  _set_note(self,note)
 return __init__


INITS['def __create_fn__(_type_id, _type_label, _type_rating, _type_down, _type_up, _type_note, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_label, _set_rating, _set_down, _set_up, _set_note, _return_type):\n def __init__(self,*,id:_type_id,label:_type_label,rating:_type_rating,down:_type_down,up:_type_up,note:_type_note)->_return_type:\n  _set_id(self,id)\n  _set_label(self,label)\n  _set_rating(self,rating)\n  _set_down(self,down)\n  _set_up(self,up)\n  _set_note(self,note)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_letter, _type_text, _type_answer, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_letter, _set_text, _set_answer, _dflt_reason, _set_reason, _return_type):
 def __init__(self,*,id:_type_id,letter:_type_letter,text:_type_text,answer:_type_answer,reason:_type_reason=_dflt_reason)->_return_type:
  _set_id(self,id)
  _set_letter(self,letter)
  _set_text(self,text)
  _set_answer(self,answer)
  _set_reason(self,reason)
 return __init__


INITS['def __create_fn__(_type_id, _type_letter, _type_text, _type_answer, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_letter, _set_text, _set_answer, _dflt_reason, _set_reason, _return_type):\n def __init__(self,*,id:_type_id,letter:_type_letter,text:_type_text,answer:_type_answer,reason:_type_reason=_dflt_reason)->_return_type:\n  _set_id(self,id)\n  _set_letter(self,letter)\n  _set_text(self,text)\n  _set_answer(self,answer)\n  _set_reason(self,reason)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_name, _type_columns, _type_rows, _type_total, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_name, _set_columns, _set_rows, _dflt_total, _set_total, _return_type):
 def __init__(self,*,id:_type_id,name:_type_name,columns:_type_columns,rows:_type_rows,total:_type_total=_dflt_total)->_return_type:
  _set_id(self,id)
  _set_name(self,name)
  _set_columns(self,columns)
  _set_rows(self,rows)
  _set_total(self,total)
 return __init__


INITS['def __create_fn__(_type_id, _type_name, _type_columns, _type_rows, _type_total, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_name, _set_columns, _set_rows, _dflt_total, _set_total, _return_type):\n def __init__(self,*,id:_type_id,name:_type_name,columns:_type_columns,rows:_type_rows,total:_type_total=_dflt_total)->_return_type:\n  _set_id(self,id)\n  _set_name(self,name)\n  _set_columns(self,columns)\n  _set_rows(self,rows)\n  _set_total(self,total)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_name, _type_entry, _type_files, _type_pass_filenames, _type_description, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_name, _set_entry, _set_files, _set_pass_filenames, _set_description, _return_type):
 def __init__(self,*,id:_type_id,name:_type_name,entry:_type_entry,files:_type_files,pass_filenames:_type_pass_filenames,description:_type_description)->_return_type:
  _set_id(self,id)
  _set_name(self,name)
  _set_entry(self,entry)
  _set_files(self,files)
  _set_pass_filenames(self,pass_filenames)
  _set_description(self,description)
 return __init__


INITS['def __create_fn__(_type_id, _type_name, _type_entry, _type_files, _type_pass_filenames, _type_description, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_name, _set_entry, _set_files, _set_pass_filenames, _set_description, _return_type):\n def __init__(self,*,id:_type_id,name:_type_name,entry:_type_entry,files:_type_files,pass_filenames:_type_pass_filenames,description:_type_description)->_return_type:\n  _set_id(self,id)\n  _set_name(self,name)\n  _set_entry(self,entry)\n  _set_files(self,files)\n  _set_pass_filenames(self,pass_filenames)\n  _set_description(self,description)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_name, _type_intro, _type_condition, _type_rated_by, _type_rule, _type_scored, _type_characteristics, _type_standards, _type_says, _type_no_prompts, _type_span, _type_condition_span, _type_rated_by_span, _type_name_span, _type_no_prompts_span, _type_not_scored_span, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_name, _dflt_intro, _set_intro, _dflt_condition, _set_condition, _dflt_rated_by, _set_rated_by, _dflt_rule, _set_rule, _dflt_scored, _set_scored, _dflt_characteristics, _set_characteristics, _dflt_standards, _set_standards, _dflt_says, _set_says, _dflt_no_prompts, _set_no_prompts, _dflt_span, _set_span, _dflt_condition_span, _set_condition_span, _dflt_rated_by_span, _set_rated_by_span, _dflt_name_span, _set_name_span, _dflt_no_prompts_span, _set_no_prompts_span, _dflt_not_scored_span, _set_not_scored_span, _return_type):
 def __init__(self,*,id:_type_id,name:_type_name,intro:_type_intro=_dflt_intro,condition:_type_condition=_dflt_condition,rated_by:_type_rated_by=_dflt_rated_by,rule:_type_rule=_dflt_rule,scored:_type_scored=_dflt_scored,characteristics:_type_characteristics=_dflt_characteristics,standards:_type_standards=_dflt_standards,says:_type_says=_dflt_says,no_prompts:_type_no_prompts=_dflt_no_prompts,span:_type_span=_dflt_span,condition_span:_type_condition_span=_dflt_condition_span,rated_by_span:_type_rated_by_span=_dflt_rated_by_span,name_span:_type_name_span=_dflt_name_span,no_prompts_span:_type_no_prompts_span=_dflt_no_prompts_span,not_scored_span:_type_not_scored_span=_dflt_not_scored_span)->_return_type:
  _set_id(self,id)
  _set_name(self,name)
  _set_intro(self,intro)
  _set_condition(self,condition)
  _set_rated_by(self,rated_by)
  _set_rule(self,rule)
  _set_scored(self,scored)
  _set_characteristics(self,characteristics)
  _set_standards(self,standards)
  _set_says(self,says)
  _set_no_prompts(self,no_prompts)
  _set_span(self,span)
  _set_condition_span(self,condition_span)
  _set_rated_by_span(self,rated_by_span)
  _set_name_span(self,name_span)
  _set_no_prompts_span(self,no_prompts_span)
  _set_not_scored_span(self,not_scored_span)
 return __init__


INITS['def __create_fn__(_type_id, _type_name, _type_intro, _type_condition, _type_rated_by, _type_rule, _type_scored, _type_characteristics, _type_standards, _type_says, _type_no_prompts, _type_span, _type_condition_span, _type_rated_by_span, _type_name_span, _type_no_prompts_span, _type_not_scored_span, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_name, _dflt_intro, _set_intro, _dflt_condition, _set_condition, _dflt_rated_by, _set_rated_by, _dflt_rule, _set_rule, _dflt_scored, _set_scored, _dflt_characteristics, _set_characteristics, _dflt_standards, _set_standards, _dflt_says, _set_says, _dflt_no_prompts, _set_no_prompts, _dflt_span, _set_span, _dflt_condition_span, _set_condition_span, _dflt_rated_by_span, _set_rated_by_span, _dflt_name_span, _set_name_span, _dflt_no_prompts_span, _set_no_prompts_span, _dflt_not_scored_span, _set_not_scored_span, _return_type):\n def __init__(self,*,id:_type_id,name:_type_name,intro:_type_intro=_dflt_intro,condition:_type_condition=_dflt_condition,rated_by:_type_rated_by=_dflt_rated_by,rule:_type_rule=_dflt_rule,scored:_type_scored=_dflt_scored,characteristics:_type_characteristics=_dflt_characteristics,standards:_type_standards=_dflt_standards,says:_type_says=_dflt_says,no_prompts:_type_no_prompts=_dflt_no_prompts,span:_type_span=_dflt_span,condition_span:_type_condition_span=_dflt_condition_span,rated_by_span:_type_rated_by_span=_dflt_rated_by_span,name_span:_type_name_span=_dflt_name_span,no_prompts_span:_type_no_prompts_span=_dflt_no_prompts_span,not_scored_span:_type_not_scored_span=_dflt_not_scored_span)->_return_type:\n  _set_id(self,id)\n  _set_name(self,name)\n  _set_intro(self,intro)\n  _set_condition(self,condition)\n  _set_rated_by(self,rated_by)\n  _set_rule(self,rule)\n  _set_scored(self,scored)\n  _set_characteristics(self,characteristics)\n  _set_standards(self,standards)\n  _set_says(self,says)\n  _set_no_prompts(self,no_prompts)\n  _set_span(self,span)\n  _set_condition_span(self,condition_span)\n  _set_rated_by_span(self,rated_by_span)\n  _set_name_span(self,name_span)\n  _set_no_prompts_span(self,no_prompts_span)\n  _set_not_scored_span(self,not_scored_span)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_name, _type_items, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_name, _set_items, _return_type):
 def __init__(self,*,id:_type_id,name:_type_name,items:_type_items)->_return_type:
  _set_id(self,id)
  _set_name(self,name)
  _set_items(self,items)
 return __init__


INITS['def __create_fn__(_type_id, _type_name, _type_items, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_name, _set_items, _return_type):\n def __init__(self,*,id:_type_id,name:_type_name,items:_type_items)->_return_type:\n  _set_id(self,id)\n  _set_name(self,name)\n  _set_items(self,items)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_name, _type_rated_by, _type_rule, _type_scored, _type_statement, _type_characteristics, _type_key_questions, _type_says, _type_no_prompts, _type_span, _type_rated_by_span, _type_name_span, _type_no_prompts_span, _type_not_scored_span, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_name, _set_rated_by, _set_rule, _dflt_scored, _set_scored, _dflt_statement, _set_statement, _dflt_characteristics, _set_characteristics, _dflt_key_questions, _set_key_questions, _dflt_says, _set_says, _dflt_no_prompts, _set_no_prompts, _dflt_span, _set_span, _dflt_rated_by_span, _set_rated_by_span, _dflt_name_span, _set_name_span, _dflt_no_prompts_span, _set_no_prompts_span, _dflt_not_scored_span, _set_not_scored_span, _return_type):
 def __init__(self,*,id:_type_id,name:_type_name,rated_by:_type_rated_by,rule:_type_rule,scored:_type_scored=_dflt_scored,statement:_type_statement=_dflt_statement,characteristics:_type_characteristics=_dflt_characteristics,key_questions:_type_key_questions=_dflt_key_questions,says:_type_says=_dflt_says,no_prompts:_type_no_prompts=_dflt_no_prompts,span:_type_span=_dflt_span,rated_by_span:_type_rated_by_span=_dflt_rated_by_span,name_span:_type_name_span=_dflt_name_span,no_prompts_span:_type_no_prompts_span=_dflt_no_prompts_span,not_scored_span:_type_not_scored_span=_dflt_not_scored_span)->_return_type:
  _set_id(self,id)
  _set_name(self,name)
  _set_rated_by(self,rated_by)
  _set_rule(self,rule)
  _set_scored(self,scored)
  _set_statement(self,statement)
  _set_characteristics(self,characteristics)
  _set_key_questions(self,key_questions)
  _set_says(self,says)
  _set_no_prompts(self,no_prompts)
  _set_span(self,span)
  _set_rated_by_span(self,rated_by_span)
  _set_name_span(self,name_span)
  _set_no_prompts_span(self,no_prompts_span)
  _set_not_scored_span(self,not_scored_span)
 return __init__


INITS['def __create_fn__(_type_id, _type_name, _type_rated_by, _type_rule, _type_scored, _type_statement, _type_characteristics, _type_key_questions, _type_says, _type_no_prompts, _type_span, _type_rated_by_span, _type_name_span, _type_no_prompts_span, _type_not_scored_span, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_name, _set_rated_by, _set_rule, _dflt_scored, _set_scored, _dflt_statement, _set_statement, _dflt_characteristics, _set_characteristics, _dflt_key_questions, _set_key_questions, _dflt_says, _set_says, _dflt_no_prompts, _set_no_prompts, _dflt_span, _set_span, _dflt_rated_by_span, _set_rated_by_span, _dflt_name_span, _set_name_span, _dflt_no_prompts_span, _set_no_prompts_span, _dflt_not_scored_span, _set_not_scored_span, _return_type):\n def __init__(self,*,id:_type_id,name:_type_name,rated_by:_type_rated_by,rule:_type_rule,scored:_type_scored=_dflt_scored,statement:_type_statement=_dflt_statement,characteristics:_type_characteristics=_dflt_characteristics,key_questions:_type_key_questions=_dflt_key_questions,says:_type_says=_dflt_says,no_prompts:_type_no_prompts=_dflt_no_prompts,span:_type_span=_dflt_span,rated_by_span:_type_rated_by_span=_dflt_rated_by_span,name_span:_type_name_span=_dflt_name_span,no_prompts_span:_type_no_prompts_span=_dflt_no_prompts_span,not_scored_span:_type_not_scored_span=_dflt_not_scored_span)->_return_type:\n  _set_id(self,id)\n  _set_name(self,name)\n  _set_rated_by(self,rated_by)\n  _set_rule(self,rule)\n  _set_scored(self,scored)\n  _set_statement(self,statement)\n  _set_characteristics(self,characteristics)\n  _set_key_questions(self,key_questions)\n  _set_says(self,says)\n  _set_no_prompts(self,no_prompts)\n  _set_span(self,span)\n  _set_rated_by_span(self,rated_by_span)\n  _set_name_span(self,name_span)\n  _set_no_prompts_span(self,no_prompts_span)\n  _set_not_scored_span(self,not_scored_span)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_name, _type_rating, _type_mark, _type_banded, _type_basis, _type_rows, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_name, _set_rating, _set_mark, _set_banded, _set_basis, _set_rows, _return_type):
 def __init__(self,*,id:_type_id,name:_type_name,rating:_type_rating,mark:_type_mark,banded:_type_banded,basis:_type_basis,rows:_type_rows)->_return_type:
  _set_id(self,id)
  _set_name(self,name)
  _set_rating(self,rating)
  _set_mark(self,mark)
  _set_banded(self,banded)
  _set_basis(self,basis)
  _set_rows(self,rows)
 return __init__


INITS['def __create_fn__(_type_id, _type_name, _type_rating, _type_mark, _type_banded, _type_basis, _type_rows, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_name, _set_rating, _set_mark, _set_banded, _set_basis, _set_rows, _return_type):\n def __init__(self,*,id:_type_id,name:_type_name,rating:_type_rating,mark:_type_mark,banded:_type_banded,basis:_type_basis,rows:_type_rows)->_return_type:\n  _set_id(self,id)\n  _set_name(self,name)\n  _set_rating(self,rating)\n  _set_mark(self,mark)\n  _set_banded(self,banded)\n  _set_basis(self,basis)\n  _set_rows(self,rows)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_name, _type_rating, _type_mark, _type_banded, _type_rows, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_name, _set_rating, _set_mark, _set_banded, _set_rows, _return_type):
 def __init__(self,*,id:_type_id,name:_type_name,rating:_type_rating,mark:_type_mark,banded:_type_banded,rows:_type_rows)->_return_type:
  _set_id(self,id)
  _set_name(self,name)
  _set_rating(self,rating)
  _set_mark(self,mark)
  _set_banded(self,banded)
  _set_rows(self,rows)
 return __init__


INITS['def __create_fn__(_type_id, _type_name, _type_rating, _type_mark, _type_banded, _type_rows, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_name, _set_rating, _set_mark, _set_banded, _set_rows, _return_type):\n def __init__(self,*,id:_type_id,name:_type_name,rating:_type_rating,mark:_type_mark,banded:_type_banded,rows:_type_rows)->_return_type:\n  _set_id(self,id)\n  _set_name(self,name)\n  _set_rating(self,rating)\n  _set_mark(self,mark)\n  _set_banded(self,banded)\n  _set_rows(self,rows)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_name, _type_rating, _type_mark, _type_score, _type_banded, _type_set_by, _type_source, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_name, _set_rating, _set_mark, _set_score, _set_banded, _set_set_by, _dflt_source, _set_source, _return_type):
 def __init__(self,*,id:_type_id,name:_type_name,rating:_type_rating,mark:_type_mark,score:_type_score,banded:_type_banded,set_by:_type_set_by,source:_type_source=_dflt_source)->_return_type:
  _set_id(self,id)
  _set_name(self,name)
  _set_rating(self,rating)
  _set_mark(self,mark)
  _set_score(self,score)
  _set_banded(self,banded)
  _set_set_by(self,set_by)
  _set_source(self,source)
 return __init__


INITS['def __create_fn__(_type_id, _type_name, _type_rating, _type_mark, _type_score, _type_banded, _type_set_by, _type_source, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_name, _set_rating, _set_mark, _set_score, _set_banded, _set_set_by, _dflt_source, _set_source, _return_type):\n def __init__(self,*,id:_type_id,name:_type_name,rating:_type_rating,mark:_type_mark,score:_type_score,banded:_type_banded,set_by:_type_set_by,source:_type_source=_dflt_source)->_return_type:\n  _set_id(self,id)\n  _set_name(self,name)\n  _set_rating(self,rating)\n  _set_mark(self,mark)\n  _set_score(self,score)\n  _set_banded(self,banded)\n  _set_set_by(self,set_by)\n  _set_source(self,source)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_rating, _type_banded, _type_score, _type_key_questions, _type_lowest, _type_discretion, _type_judged, _type_unrated, _type_undetermined, _type_plan, _type__memo, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_rating, _set_banded, _set_score, _dflt_key_questions, _set_key_questions, _dflt_lowest, _set_lowest, _dflt_discretion, _set_discretion, _dflt_judged, _set_judged, _dflt_unrated, _set_unrated, _dflt_undetermined, _set_undetermined, _set_plan, _dflt__memo, _set__memo, _return_type):
 def __init__(self,*,id:_type_id,rating:_type_rating,banded:_type_banded,score:_type_score,key_questions:_type_key_questions=_dflt_key_questions,lowest:_type_lowest=_dflt_lowest,discretion:_type_discretion=_dflt_discretion,judged:_type_judged=_dflt_judged,unrated:_type_unrated=_dflt_unrated,undetermined:_type_undetermined=_dflt_undetermined,plan:_type_plan)->_return_type:
  _set_id(self,id)
  _set_rating(self,rating)
  _set_banded(self,banded)
  _set_score(self,score)
  _set_key_questions(self,key_questions)
  _set_lowest(self,lowest)
  _set_discretion(self,discretion)
  _set_judged(self,judged)
  _set_unrated(self,unrated)
  _set_undetermined(self,undetermined)
  _set_plan(self,plan)
  _set__memo(self,_dflt__memo())
 return __init__


INITS['def __create_fn__(_type_id, _type_rating, _type_banded, _type_score, _type_key_questions, _type_lowest, _type_discretion, _type_judged, _type_unrated, _type_undetermined, _type_plan, _type__memo, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_rating, _set_banded, _set_score, _dflt_key_questions, _set_key_questions, _dflt_lowest, _set_lowest, _dflt_discretion, _set_discretion, _dflt_judged, _set_judged, _dflt_unrated, _set_unrated, _dflt_undetermined, _set_undetermined, _set_plan, _dflt__memo, _set__memo, _return_type):\n def __init__(self,*,id:_type_id,rating:_type_rating,banded:_type_banded,score:_type_score,key_questions:_type_key_questions=_dflt_key_questions,lowest:_type_lowest=_dflt_lowest,discretion:_type_discretion=_dflt_discretion,judged:_type_judged=_dflt_judged,unrated:_type_unrated=_dflt_unrated,undetermined:_type_undetermined=_dflt_undetermined,plan:_type_plan)->_return_type:\n  _set_id(self,id)\n  _set_rating(self,rating)\n  _set_banded(self,banded)\n  _set_score(self,score)\n  _set_key_questions(self,key_questions)\n  _set_lowest(self,lowest)\n  _set_discretion(self,discretion)\n  _set_judged(self,judged)\n  _set_unrated(self,unrated)\n  _set_undetermined(self,undetermined)\n  _set_plan(self,plan)\n  _set__memo(self,_dflt__memo())\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_relevant, _type_yes, _type_band, _type_decided, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_relevant, _set_yes, _set_band, _dflt_decided, _set_decided, _return_type):
 def __init__(self,id:_type_id,relevant:_type_relevant,yes:_type_yes,band:_type_band,decided:_type_decided=_dflt_decided)->_return_type:
  _set_id(self,id)
  _set_relevant(self,relevant)
  _set_yes(self,yes)
  _set_band(self,band)
  _set_decided(self,decided)
 return __init__


INITS['def __create_fn__(_type_id, _type_relevant, _type_yes, _type_band, _type_decided, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_relevant, _set_yes, _set_band, _dflt_decided, _set_decided, _return_type):\n def __init__(self,id:_type_id,relevant:_type_relevant,yes:_type_yes,band:_type_band,decided:_type_decided=_dflt_decided)->_return_type:\n  _set_id(self,id)\n  _set_relevant(self,relevant)\n  _set_yes(self,yes)\n  _set_band(self,band)\n  _set_decided(self,decided)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_symbol, _type_possible, _type_reason, _type_settle, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_symbol, _set_possible, _set_reason, _set_settle, _return_type):
 def __init__(self,*,id:_type_id,symbol:_type_symbol,possible:_type_possible,reason:_type_reason,settle:_type_settle)->_return_type:
  _set_id(self,id)
  _set_symbol(self,symbol)
  _set_possible(self,possible)
  _set_reason(self,reason)
  _set_settle(self,settle)
 return __init__


INITS['def __create_fn__(_type_id, _type_symbol, _type_possible, _type_reason, _type_settle, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_symbol, _set_possible, _set_reason, _set_settle, _return_type):\n def __init__(self,*,id:_type_id,symbol:_type_symbol,possible:_type_possible,reason:_type_reason,settle:_type_settle)->_return_type:\n  _set_id(self,id)\n  _set_symbol(self,symbol)\n  _set_possible(self,possible)\n  _set_reason(self,reason)\n  _set_settle(self,settle)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_text, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_text, _return_type):
 def __init__(self,*,id:_type_id,text:_type_text)->_return_type:
  _set_id(self,id)
  _set_text(self,text)
 return __init__


INITS['def __create_fn__(_type_id, _type_text, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_text, _return_type):\n def __init__(self,*,id:_type_id,text:_type_text)->_return_type:\n  _set_id(self,id)\n  _set_text(self,text)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_text, _type_answer, _type_prompts, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_text, _set_answer, _set_prompts, _dflt_reason, _set_reason, _return_type):
 def __init__(self,*,id:_type_id,text:_type_text,answer:_type_answer,prompts:_type_prompts,reason:_type_reason=_dflt_reason)->_return_type:
  _set_id(self,id)
  _set_text(self,text)
  _set_answer(self,answer)
  _set_prompts(self,prompts)
  _set_reason(self,reason)
 return __init__


INITS['def __create_fn__(_type_id, _type_text, _type_answer, _type_prompts, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_text, _set_answer, _set_prompts, _dflt_reason, _set_reason, _return_type):\n def __init__(self,*,id:_type_id,text:_type_text,answer:_type_answer,prompts:_type_prompts,reason:_type_reason=_dflt_reason)->_return_type:\n  _set_id(self,id)\n  _set_text(self,text)\n  _set_answer(self,answer)\n  _set_prompts(self,prompts)\n  _set_reason(self,reason)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_text, _type_condition, _type_relevance, _type_where_applicable, _type_no_prompts, _type_prompts, _type_span, _type_condition_span, _type_where_applicable_span, _type_no_prompts_span, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_text, _dflt_condition, _set_condition, _dflt_relevance, _set_relevance, _dflt_where_applicable, _set_where_applicable, _dflt_no_prompts, _set_no_prompts, _dflt_prompts, _set_prompts, _dflt_span, _set_span, _dflt_condition_span, _set_condition_span, _dflt_where_applicable_span, _set_where_applicable_span, _dflt_no_prompts_span, _set_no_prompts_span, _return_type):
 def __init__(self,*,id:_type_id,text:_type_text,condition:_type_condition=_dflt_condition,relevance:_type_relevance=_dflt_relevance,where_applicable:_type_where_applicable=_dflt_where_applicable,no_prompts:_type_no_prompts=_dflt_no_prompts,prompts:_type_prompts=_dflt_prompts,span:_type_span=_dflt_span,condition_span:_type_condition_span=_dflt_condition_span,where_applicable_span:_type_where_applicable_span=_dflt_where_applicable_span,no_prompts_span:_type_no_prompts_span=_dflt_no_prompts_span)->_return_type:
  _set_id(self,id)
  _set_text(self,text)
  _set_condition(self,condition)
  _set_relevance(self,relevance)
  _set_where_applicable(self,where_applicable)
  _set_no_prompts(self,no_prompts)
  _set_prompts(self,prompts)
  _set_span(self,span)
  _set_condition_span(self,condition_span)
  _set_where_applicable_span(self,where_applicable_span)
  _set_no_prompts_span(self,no_prompts_span)
 return __init__


INITS['def __create_fn__(_type_id, _type_text, _type_condition, _type_relevance, _type_where_applicable, _type_no_prompts, _type_prompts, _type_span, _type_condition_span, _type_where_applicable_span, _type_no_prompts_span, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_text, _dflt_condition, _set_condition, _dflt_relevance, _set_relevance, _dflt_where_applicable, _set_where_applicable, _dflt_no_prompts, _set_no_prompts, _dflt_prompts, _set_prompts, _dflt_span, _set_span, _dflt_condition_span, _set_condition_span, _dflt_where_applicable_span, _set_where_applicable_span, _dflt_no_prompts_span, _set_no_prompts_span, _return_type):\n def __init__(self,*,id:_type_id,text:_type_text,condition:_type_condition=_dflt_condition,relevance:_type_relevance=_dflt_relevance,where_applicable:_type_where_applicable=_dflt_where_applicable,no_prompts:_type_no_prompts=_dflt_no_prompts,prompts:_type_prompts=_dflt_prompts,span:_type_span=_dflt_span,condition_span:_type_condition_span=_dflt_condition_span,where_applicable_span:_type_where_applicable_span=_dflt_where_applicable_span,no_prompts_span:_type_no_prompts_span=_dflt_no_prompts_span)->_return_type:\n  _set_id(self,id)\n  _set_text(self,text)\n  _set_condition(self,condition)\n  _set_relevance(self,relevance)\n  _set_where_applicable(self,where_applicable)\n  _set_no_prompts(self,no_prompts)\n  _set_prompts(self,prompts)\n  _set_span(self,span)\n  _set_condition_span(self,condition_span)\n  _set_where_applicable_span(self,where_applicable_span)\n  _set_no_prompts_span(self,no_prompts_span)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_text, _type_percent, _type_band, _type_figure, _type_label, _type_summary, _type_hover, _type_sets_band, _type_n, _type_low, _type_high, _type_source, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_text, _set_percent, _set_band, _set_figure, _set_label, _set_summary, _set_hover, _set_sets_band, _dflt_n, _set_n, _dflt_low, _set_low, _dflt_high, _set_high, _dflt_source, _set_source, _return_type):
 def __init__(self,*,id:_type_id,text:_type_text,percent:_type_percent,band:_type_band,figure:_type_figure,label:_type_label,summary:_type_summary,hover:_type_hover,sets_band:_type_sets_band,n:_type_n=_dflt_n,low:_type_low=_dflt_low,high:_type_high=_dflt_high,source:_type_source=_dflt_source)->_return_type:
  _set_id(self,id)
  _set_text(self,text)
  _set_percent(self,percent)
  _set_band(self,band)
  _set_figure(self,figure)
  _set_label(self,label)
  _set_summary(self,summary)
  _set_hover(self,hover)
  _set_sets_band(self,sets_band)
  _set_n(self,n)
  _set_low(self,low)
  _set_high(self,high)
  _set_source(self,source)
 return __init__


INITS['def __create_fn__(_type_id, _type_text, _type_percent, _type_band, _type_figure, _type_label, _type_summary, _type_hover, _type_sets_band, _type_n, _type_low, _type_high, _type_source, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_text, _set_percent, _set_band, _set_figure, _set_label, _set_summary, _set_hover, _set_sets_band, _dflt_n, _set_n, _dflt_low, _set_low, _dflt_high, _set_high, _dflt_source, _set_source, _return_type):\n def __init__(self,*,id:_type_id,text:_type_text,percent:_type_percent,band:_type_band,figure:_type_figure,label:_type_label,summary:_type_summary,hover:_type_hover,sets_band:_type_sets_band,n:_type_n=_dflt_n,low:_type_low=_dflt_low,high:_type_high=_dflt_high,source:_type_source=_dflt_source)->_return_type:\n  _set_id(self,id)\n  _set_text(self,text)\n  _set_percent(self,percent)\n  _set_band(self,band)\n  _set_figure(self,figure)\n  _set_label(self,label)\n  _set_summary(self,summary)\n  _set_hover(self,hover)\n  _set_sets_band(self,sets_band)\n  _set_n(self,n)\n  _set_low(self,low)\n  _set_high(self,high)\n  _set_source(self,source)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_text, _type_relevant, _type_yes, _type_na, _type_percent, _type_basis, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_text, _set_relevant, _set_yes, _set_na, _set_percent, _set_basis, _return_type):
 def __init__(self,*,id:_type_id,text:_type_text,relevant:_type_relevant,yes:_type_yes,na:_type_na,percent:_type_percent,basis:_type_basis)->_return_type:
  _set_id(self,id)
  _set_text(self,text)
  _set_relevant(self,relevant)
  _set_yes(self,yes)
  _set_na(self,na)
  _set_percent(self,percent)
  _set_basis(self,basis)
 return __init__


INITS['def __create_fn__(_type_id, _type_text, _type_relevant, _type_yes, _type_na, _type_percent, _type_basis, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_text, _set_relevant, _set_yes, _set_na, _set_percent, _set_basis, _return_type):\n def __init__(self,*,id:_type_id,text:_type_text,relevant:_type_relevant,yes:_type_yes,na:_type_na,percent:_type_percent,basis:_type_basis)->_return_type:\n  _set_id(self,id)\n  _set_text(self,text)\n  _set_relevant(self,relevant)\n  _set_yes(self,yes)\n  _set_na(self,na)\n  _set_percent(self,percent)\n  _set_basis(self,basis)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_text, _type_relevant, _type_yes, _type_percent, _type_band, _type_sets_band, _type_prompts, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_text, _set_relevant, _set_yes, _set_percent, _set_band, _set_sets_band, _set_prompts, _return_type):
 def __init__(self,*,id:_type_id,text:_type_text,relevant:_type_relevant,yes:_type_yes,percent:_type_percent,band:_type_band,sets_band:_type_sets_band,prompts:_type_prompts)->_return_type:
  _set_id(self,id)
  _set_text(self,text)
  _set_relevant(self,relevant)
  _set_yes(self,yes)
  _set_percent(self,percent)
  _set_band(self,band)
  _set_sets_band(self,sets_band)
  _set_prompts(self,prompts)
 return __init__


INITS['def __create_fn__(_type_id, _type_text, _type_relevant, _type_yes, _type_percent, _type_band, _type_sets_band, _type_prompts, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_text, _set_relevant, _set_yes, _set_percent, _set_band, _set_sets_band, _set_prompts, _return_type):\n def __init__(self,*,id:_type_id,text:_type_text,relevant:_type_relevant,yes:_type_yes,percent:_type_percent,band:_type_band,sets_band:_type_sets_band,prompts:_type_prompts)->_return_type:\n  _set_id(self,id)\n  _set_text(self,text)\n  _set_relevant(self,relevant)\n  _set_yes(self,yes)\n  _set_percent(self,percent)\n  _set_band(self,band)\n  _set_sets_band(self,sets_band)\n  _set_prompts(self,prompts)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_text, _type_relevant, _type_yes, _type_percent, _type_na, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_text, _set_relevant, _set_yes, _set_percent, _set_na, _return_type):
 def __init__(self,*,id:_type_id,text:_type_text,relevant:_type_relevant,yes:_type_yes,percent:_type_percent,na:_type_na)->_return_type:
  _set_id(self,id)
  _set_text(self,text)
  _set_relevant(self,relevant)
  _set_yes(self,yes)
  _set_percent(self,percent)
  _set_na(self,na)
 return __init__


INITS['def __create_fn__(_type_id, _type_text, _type_relevant, _type_yes, _type_percent, _type_na, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_text, _set_relevant, _set_yes, _set_percent, _set_na, _return_type):\n def __init__(self,*,id:_type_id,text:_type_text,relevant:_type_relevant,yes:_type_yes,percent:_type_percent,na:_type_na)->_return_type:\n  _set_id(self,id)\n  _set_text(self,text)\n  _set_relevant(self,relevant)\n  _set_yes(self,yes)\n  _set_percent(self,percent)\n  _set_na(self,na)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_text, _type_where_applicable, _type_span, _type_where_applicable_span, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_text, _dflt_where_applicable, _set_where_applicable, _dflt_span, _set_span, _dflt_where_applicable_span, _set_where_applicable_span, _return_type):
 def __init__(self,*,id:_type_id,text:_type_text,where_applicable:_type_where_applicable=_dflt_where_applicable,span:_type_span=_dflt_span,where_applicable_span:_type_where_applicable_span=_dflt_where_applicable_span)->_return_type:
  _set_id(self,id)
  _set_text(self,text)
  _set_where_applicable(self,where_applicable)
  _set_span(self,span)
  _set_where_applicable_span(self,where_applicable_span)
 return __init__


INITS['def __create_fn__(_type_id, _type_text, _type_where_applicable, _type_span, _type_where_applicable_span, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_text, _dflt_where_applicable, _set_where_applicable, _dflt_span, _set_span, _dflt_where_applicable_span, _set_where_applicable_span, _return_type):\n def __init__(self,*,id:_type_id,text:_type_text,where_applicable:_type_where_applicable=_dflt_where_applicable,span:_type_span=_dflt_span,where_applicable_span:_type_where_applicable_span=_dflt_where_applicable_span)->_return_type:\n  _set_id(self,id)\n  _set_text(self,text)\n  _set_where_applicable(self,where_applicable)\n  _set_span(self,span)\n  _set_where_applicable_span(self,where_applicable_span)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_title, _type_path, _type_based_on, _type_base_path, _type_effective_from, _type_effective_until, _type_items, _type_rules, _type_selection, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_title, _set_path, _set_based_on, _set_base_path, _set_effective_from, _set_effective_until, _set_items, _set_rules, _dflt_selection, _set_selection, _return_type):
 def __init__(self,*,id:_type_id,title:_type_title,path:_type_path,based_on:_type_based_on,base_path:_type_base_path,effective_from:_type_effective_from,effective_until:_type_effective_until,items:_type_items,rules:_type_rules,selection:_type_selection=_dflt_selection)->_return_type:
  _set_id(self,id)
  _set_title(self,title)
  _set_path(self,path)
  _set_based_on(self,based_on)
  _set_base_path(self,base_path)
  _set_effective_from(self,effective_from)
  _set_effective_until(self,effective_until)
  _set_items(self,items)
  _set_rules(self,rules)
  _set_selection(self,selection)
 return __init__


INITS['def __create_fn__(_type_id, _type_title, _type_path, _type_based_on, _type_base_path, _type_effective_from, _type_effective_until, _type_items, _type_rules, _type_selection, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_title, _set_path, _set_based_on, _set_base_path, _set_effective_from, _set_effective_until, _set_items, _set_rules, _dflt_selection, _set_selection, _return_type):\n def __init__(self,*,id:_type_id,title:_type_title,path:_type_path,based_on:_type_based_on,base_path:_type_base_path,effective_from:_type_effective_from,effective_until:_type_effective_until,items:_type_items,rules:_type_rules,selection:_type_selection=_dflt_selection)->_return_type:\n  _set_id(self,id)\n  _set_title(self,title)\n  _set_path(self,path)\n  _set_based_on(self,based_on)\n  _set_base_path(self,base_path)\n  _set_effective_from(self,effective_from)\n  _set_effective_until(self,effective_until)\n  _set_items(self,items)\n  _set_rules(self,rules)\n  _set_selection(self,selection)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_title, _type_published, _type_file, _type_span, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_title, _dflt_published, _set_published, _dflt_file, _set_file, _dflt_span, _set_span, _return_type):
 def __init__(self,*,id:_type_id,title:_type_title,published:_type_published=_dflt_published,file:_type_file=_dflt_file,span:_type_span=_dflt_span)->_return_type:
  _set_id(self,id)
  _set_title(self,title)
  _set_published(self,published)
  _set_file(self,file)
  _set_span(self,span)
 return __init__


INITS['def __create_fn__(_type_id, _type_title, _type_published, _type_file, _type_span, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_title, _dflt_published, _set_published, _dflt_file, _set_file, _dflt_span, _set_span, _return_type):\n def __init__(self,*,id:_type_id,title:_type_title,published:_type_published=_dflt_published,file:_type_file=_dflt_file,span:_type_span=_dflt_span)->_return_type:\n  _set_id(self,id)\n  _set_title(self,title)\n  _set_published(self,published)\n  _set_file(self,file)\n  _set_span(self,span)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_id, _type_uri, _type_version, _type_path, _type_text, _type_display, _type_folder, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_uri, _set_version, _set_path, _set_text, _set_display, _set_folder, _return_type):
 def __init__(self,*,id:_type_id,uri:_type_uri,version:_type_version,path:_type_path,text:_type_text,display:_type_display,folder:_type_folder)->_return_type:
  _set_id(self,id)
  _set_uri(self,uri)
  _set_version(self,version)
  _set_path(self,path)
  _set_text(self,text)
  _set_display(self,display)
  _set_folder(self,folder)
 return __init__


INITS['def __create_fn__(_type_id, _type_uri, _type_version, _type_path, _type_text, _type_display, _type_folder, MISSING, _HAS_DEFAULT_FACTORY, _set_id, _set_uri, _set_version, _set_path, _set_text, _set_display, _set_folder, _return_type):\n def __init__(self,*,id:_type_id,uri:_type_uri,version:_type_version,path:_type_path,text:_type_text,display:_type_display,folder:_type_folder)->_return_type:\n  _set_id(self,id)\n  _set_uri(self,uri)\n  _set_version(self,version)\n  _set_path(self,path)\n  _set_text(self,text)\n  _set_display(self,display)\n  _set_folder(self,folder)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_in_policy, _type_eligible, _type_measures, _type_rules, _type_tests, _type_summary, _type_applied, _type_rating, _type_reason, _type_override, _type_report_line, _type__memo, MISSING, _HAS_DEFAULT_FACTORY, _set_in_policy, _set_eligible, _set_measures, _dflt_rules, _set_rules, _dflt_tests, _set_tests, _dflt_summary, _set_summary, _dflt_applied, _set_applied, _dflt_rating, _set_rating, _dflt_reason, _set_reason, _dflt_override, _set_override, _dflt_report_line, _set_report_line, _dflt__memo, _set__memo, _return_type):
 def __init__(self,*,in_policy:_type_in_policy,eligible:_type_eligible,measures:_type_measures,rules:_type_rules=_dflt_rules,tests:_type_tests=_dflt_tests,summary:_type_summary=_dflt_summary,applied:_type_applied=_dflt_applied,rating:_type_rating=_dflt_rating,reason:_type_reason=_dflt_reason,override:_type_override=_dflt_override,report_line:_type_report_line=_dflt_report_line)->_return_type:
  _set_in_policy(self,in_policy)
  _set_eligible(self,eligible)
  _set_measures(self,measures)
  _set_rules(self,rules)
  _set_tests(self,tests)
  _set_summary(self,summary)
  _set_applied(self,applied)
  _set_rating(self,rating)
  _set_reason(self,reason)
  _set_override(self,override)
  _set_report_line(self,report_line)
  _set__memo(self,_dflt__memo())
 return __init__


INITS['def __create_fn__(_type_in_policy, _type_eligible, _type_measures, _type_rules, _type_tests, _type_summary, _type_applied, _type_rating, _type_reason, _type_override, _type_report_line, _type__memo, MISSING, _HAS_DEFAULT_FACTORY, _set_in_policy, _set_eligible, _set_measures, _dflt_rules, _set_rules, _dflt_tests, _set_tests, _dflt_summary, _set_summary, _dflt_applied, _set_applied, _dflt_rating, _set_rating, _dflt_reason, _set_reason, _dflt_override, _set_override, _dflt_report_line, _set_report_line, _dflt__memo, _set__memo, _return_type):\n def __init__(self,*,in_policy:_type_in_policy,eligible:_type_eligible,measures:_type_measures,rules:_type_rules=_dflt_rules,tests:_type_tests=_dflt_tests,summary:_type_summary=_dflt_summary,applied:_type_applied=_dflt_applied,rating:_type_rating=_dflt_rating,reason:_type_reason=_dflt_reason,override:_type_override=_dflt_override,report_line:_type_report_line=_dflt_report_line)->_return_type:\n  _set_in_policy(self,in_policy)\n  _set_eligible(self,eligible)\n  _set_measures(self,measures)\n  _set_rules(self,rules)\n  _set_tests(self,tests)\n  _set_summary(self,summary)\n  _set_applied(self,applied)\n  _set_rating(self,rating)\n  _set_reason(self,reason)\n  _set_override(self,override)\n  _set_report_line(self,report_line)\n  _set__memo(self,_dflt__memo())\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_index, _type_reach, _type_set_aside, MISSING, _HAS_DEFAULT_FACTORY, _set_index, _set_reach, _dflt_set_aside, _set_set_aside, _return_type):
 def __init__(self,index:_type_index,reach:_type_reach,set_aside:_type_set_aside=_dflt_set_aside)->_return_type:
  _set_index(self,index)
  _set_reach(self,reach)
  _set_set_aside(self,set_aside)
 return __init__


INITS['def __create_fn__(_type_index, _type_reach, _type_set_aside, MISSING, _HAS_DEFAULT_FACTORY, _set_index, _set_reach, _dflt_set_aside, _set_set_aside, _return_type):\n def __init__(self,index:_type_index,reach:_type_reach,set_aside:_type_set_aside=_dflt_set_aside)->_return_type:\n  _set_index(self,index)\n  _set_reach(self,reach)\n  _set_set_aside(self,set_aside)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_inspections, _type_affected, _type_ratings_up, _type_ratings_down, _type_other_changes, _type_errors, _type_undetermined, _type_undetermined_results, MISSING, _HAS_DEFAULT_FACTORY, _dflt_inspections, _set_inspections, _dflt_affected, _set_affected, _dflt_ratings_up, _set_ratings_up, _dflt_ratings_down, _set_ratings_down, _dflt_other_changes, _set_other_changes, _dflt_errors, _set_errors, _dflt_undetermined, _set_undetermined, _dflt_undetermined_results, _set_undetermined_results, _return_type):
 def __init__(self,*,inspections:_type_inspections=_dflt_inspections,affected:_type_affected=_dflt_affected,ratings_up:_type_ratings_up=_dflt_ratings_up,ratings_down:_type_ratings_down=_dflt_ratings_down,other_changes:_type_other_changes=_dflt_other_changes,errors:_type_errors=_dflt_errors,undetermined:_type_undetermined=_dflt_undetermined,undetermined_results:_type_undetermined_results=_dflt_undetermined_results)->_return_type:
  _set_inspections(self,inspections)
  _set_affected(self,affected)
  _set_ratings_up(self,ratings_up)
  _set_ratings_down(self,ratings_down)
  _set_other_changes(self,other_changes)
  _set_errors(self,errors)
  _set_undetermined(self,undetermined)
  _set_undetermined_results(self,undetermined_results)
 return __init__


INITS['def __create_fn__(_type_inspections, _type_affected, _type_ratings_up, _type_ratings_down, _type_other_changes, _type_errors, _type_undetermined, _type_undetermined_results, MISSING, _HAS_DEFAULT_FACTORY, _dflt_inspections, _set_inspections, _dflt_affected, _set_affected, _dflt_ratings_up, _set_ratings_up, _dflt_ratings_down, _set_ratings_down, _dflt_other_changes, _set_other_changes, _dflt_errors, _set_errors, _dflt_undetermined, _set_undetermined, _dflt_undetermined_results, _set_undetermined_results, _return_type):\n def __init__(self,*,inspections:_type_inspections=_dflt_inspections,affected:_type_affected=_dflt_affected,ratings_up:_type_ratings_up=_dflt_ratings_up,ratings_down:_type_ratings_down=_dflt_ratings_down,other_changes:_type_other_changes=_dflt_other_changes,errors:_type_errors=_dflt_errors,undetermined:_type_undetermined=_dflt_undetermined,undetermined_results:_type_undetermined_results=_dflt_undetermined_results)->_return_type:\n  _set_inspections(self,inspections)\n  _set_affected(self,affected)\n  _set_ratings_up(self,ratings_up)\n  _set_ratings_down(self,ratings_down)\n  _set_other_changes(self,other_changes)\n  _set_errors(self,errors)\n  _set_undetermined(self,undetermined)\n  _set_undetermined_results(self,undetermined_results)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_inspections, _type_cases, _type_items, _type_answers, _type_reasons, _type_facts, _type_split, MISSING, _HAS_DEFAULT_FACTORY, _set_inspections, _set_cases, _set_items, _set_answers, _set_reasons, _set_facts, _set_split, _return_type):
 def __init__(self,*,inspections:_type_inspections,cases:_type_cases,items:_type_items,answers:_type_answers,reasons:_type_reasons,facts:_type_facts,split:_type_split)->_return_type:
  _set_inspections(self,inspections)
  _set_cases(self,cases)
  _set_items(self,items)
  _set_answers(self,answers)
  _set_reasons(self,reasons)
  _set_facts(self,facts)
  _set_split(self,split)
 return __init__


INITS['def __create_fn__(_type_inspections, _type_cases, _type_items, _type_answers, _type_reasons, _type_facts, _type_split, MISSING, _HAS_DEFAULT_FACTORY, _set_inspections, _set_cases, _set_items, _set_answers, _set_reasons, _set_facts, _set_split, _return_type):\n def __init__(self,*,inspections:_type_inspections,cases:_type_cases,items:_type_items,answers:_type_answers,reasons:_type_reasons,facts:_type_facts,split:_type_split)->_return_type:\n  _set_inspections(self,inspections)\n  _set_cases(self,cases)\n  _set_items(self,items)\n  _set_answers(self,answers)\n  _set_reasons(self,reasons)\n  _set_facts(self,facts)\n  _set_split(self,split)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_item, _type_kind, _type_rating, _type_state, _type_probabilities, _type_reason, _type_model, MISSING, _HAS_DEFAULT_FACTORY, _set_item, _set_kind, _set_rating, _set_state, _dflt_probabilities, _set_probabilities, _dflt_reason, _set_reason, _dflt_model, _set_model, _return_type):
 def __init__(self,*,item:_type_item,kind:_type_kind,rating:_type_rating,state:_type_state,probabilities:_type_probabilities=_dflt_probabilities,reason:_type_reason=_dflt_reason,model:_type_model=_dflt_model)->_return_type:
  _set_item(self,item)
  _set_kind(self,kind)
  _set_rating(self,rating)
  _set_state(self,state)
  _set_probabilities(self,probabilities)
  _set_reason(self,reason)
  _set_model(self,model)
 return __init__


INITS['def __create_fn__(_type_item, _type_kind, _type_rating, _type_state, _type_probabilities, _type_reason, _type_model, MISSING, _HAS_DEFAULT_FACTORY, _set_item, _set_kind, _set_rating, _set_state, _dflt_probabilities, _set_probabilities, _dflt_reason, _set_reason, _dflt_model, _set_model, _return_type):\n def __init__(self,*,item:_type_item,kind:_type_kind,rating:_type_rating,state:_type_state,probabilities:_type_probabilities=_dflt_probabilities,reason:_type_reason=_dflt_reason,model:_type_model=_dflt_model)->_return_type:\n  _set_item(self,item)\n  _set_kind(self,kind)\n  _set_rating(self,rating)\n  _set_state(self,state)\n  _set_probabilities(self,probabilities)\n  _set_reason(self,reason)\n  _set_model(self,model)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_item, _type_kind, _type_rating, _type_up, _type_down, MISSING, _HAS_DEFAULT_FACTORY, _set_item, _set_kind, _set_rating, _set_up, _set_down, _return_type):
 def __init__(self,*,item:_type_item,kind:_type_kind,rating:_type_rating,up:_type_up,down:_type_down)->_return_type:
  _set_item(self,item)
  _set_kind(self,kind)
  _set_rating(self,rating)
  _set_up(self,up)
  _set_down(self,down)
 return __init__


INITS['def __create_fn__(_type_item, _type_kind, _type_rating, _type_up, _type_down, MISSING, _HAS_DEFAULT_FACTORY, _set_item, _set_kind, _set_rating, _set_up, _set_down, _return_type):\n def __init__(self,*,item:_type_item,kind:_type_kind,rating:_type_rating,up:_type_up,down:_type_down)->_return_type:\n  _set_item(self,item)\n  _set_kind(self,kind)\n  _set_rating(self,rating)\n  _set_up(self,up)\n  _set_down(self,down)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_item, _type_name, _type_qualifier, _type_base, _type_candidate, _type_version, _type_side, _type_possible, _type_why, MISSING, _HAS_DEFAULT_FACTORY, _set_item, _set_name, _set_qualifier, _set_base, _set_candidate, _set_version, _set_side, _set_possible, _set_why, _return_type):
 def __init__(self,*,item:_type_item,name:_type_name,qualifier:_type_qualifier,base:_type_base,candidate:_type_candidate,version:_type_version,side:_type_side,possible:_type_possible,why:_type_why)->_return_type:
  _set_item(self,item)
  _set_name(self,name)
  _set_qualifier(self,qualifier)
  _set_base(self,base)
  _set_candidate(self,candidate)
  _set_version(self,version)
  _set_side(self,side)
  _set_possible(self,possible)
  _set_why(self,why)
 return __init__


INITS['def __create_fn__(_type_item, _type_name, _type_qualifier, _type_base, _type_candidate, _type_version, _type_side, _type_possible, _type_why, MISSING, _HAS_DEFAULT_FACTORY, _set_item, _set_name, _set_qualifier, _set_base, _set_candidate, _set_version, _set_side, _set_possible, _set_why, _return_type):\n def __init__(self,*,item:_type_item,name:_type_name,qualifier:_type_qualifier,base:_type_base,candidate:_type_candidate,version:_type_version,side:_type_side,possible:_type_possible,why:_type_why)->_return_type:\n  _set_item(self,item)\n  _set_name(self,name)\n  _set_qualifier(self,qualifier)\n  _set_base(self,base)\n  _set_candidate(self,candidate)\n  _set_version(self,version)\n  _set_side(self,side)\n  _set_possible(self,possible)\n  _set_why(self,why)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_item, _type_name, _type_what, _type_base, _type_candidate, _type_direction, _type_why, MISSING, _HAS_DEFAULT_FACTORY, _set_item, _set_name, _set_what, _set_base, _set_candidate, _set_direction, _set_why, _return_type):
 def __init__(self,*,item:_type_item,name:_type_name,what:_type_what,base:_type_base,candidate:_type_candidate,direction:_type_direction,why:_type_why)->_return_type:
  _set_item(self,item)
  _set_name(self,name)
  _set_what(self,what)
  _set_base(self,base)
  _set_candidate(self,candidate)
  _set_direction(self,direction)
  _set_why(self,why)
 return __init__


INITS['def __create_fn__(_type_item, _type_name, _type_what, _type_base, _type_candidate, _type_direction, _type_why, MISSING, _HAS_DEFAULT_FACTORY, _set_item, _set_name, _set_what, _set_base, _set_candidate, _set_direction, _set_why, _return_type):\n def __init__(self,*,item:_type_item,name:_type_name,what:_type_what,base:_type_base,candidate:_type_candidate,direction:_type_direction,why:_type_why)->_return_type:\n  _set_item(self,item)\n  _set_name(self,name)\n  _set_what(self,what)\n  _set_base(self,base)\n  _set_candidate(self,candidate)\n  _set_direction(self,direction)\n  _set_why(self,why)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_item, _type_name, _type_what, _type_qualifier, _type_base, _type_candidate, _type_direction, _type_arrow, _type_why, MISSING, _HAS_DEFAULT_FACTORY, _set_item, _set_name, _set_what, _set_qualifier, _set_base, _set_candidate, _set_direction, _set_arrow, _set_why, _return_type):
 def __init__(self,*,item:_type_item,name:_type_name,what:_type_what,qualifier:_type_qualifier,base:_type_base,candidate:_type_candidate,direction:_type_direction,arrow:_type_arrow,why:_type_why)->_return_type:
  _set_item(self,item)
  _set_name(self,name)
  _set_what(self,what)
  _set_qualifier(self,qualifier)
  _set_base(self,base)
  _set_candidate(self,candidate)
  _set_direction(self,direction)
  _set_arrow(self,arrow)
  _set_why(self,why)
 return __init__


INITS['def __create_fn__(_type_item, _type_name, _type_what, _type_qualifier, _type_base, _type_candidate, _type_direction, _type_arrow, _type_why, MISSING, _HAS_DEFAULT_FACTORY, _set_item, _set_name, _set_what, _set_qualifier, _set_base, _set_candidate, _set_direction, _set_arrow, _set_why, _return_type):\n def __init__(self,*,item:_type_item,name:_type_name,what:_type_what,qualifier:_type_qualifier,base:_type_base,candidate:_type_candidate,direction:_type_direction,arrow:_type_arrow,why:_type_why)->_return_type:\n  _set_item(self,item)\n  _set_name(self,name)\n  _set_what(self,what)\n  _set_qualifier(self,qualifier)\n  _set_base(self,base)\n  _set_candidate(self,candidate)\n  _set_direction(self,direction)\n  _set_arrow(self,arrow)\n  _set_why(self,why)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_item, _type_name, _type_what, _type_side, _type_version, _type_other, _type_possible, _type_why, MISSING, _HAS_DEFAULT_FACTORY, _set_item, _set_name, _set_what, _set_side, _set_version, _set_other, _set_possible, _set_why, _return_type):
 def __init__(self,*,item:_type_item,name:_type_name,what:_type_what,side:_type_side,version:_type_version,other:_type_other,possible:_type_possible,why:_type_why)->_return_type:
  _set_item(self,item)
  _set_name(self,name)
  _set_what(self,what)
  _set_side(self,side)
  _set_version(self,version)
  _set_other(self,other)
  _set_possible(self,possible)
  _set_why(self,why)
 return __init__


INITS['def __create_fn__(_type_item, _type_name, _type_what, _type_side, _type_version, _type_other, _type_possible, _type_why, MISSING, _HAS_DEFAULT_FACTORY, _set_item, _set_name, _set_what, _set_side, _set_version, _set_other, _set_possible, _set_why, _return_type):\n def __init__(self,*,item:_type_item,name:_type_name,what:_type_what,side:_type_side,version:_type_version,other:_type_other,possible:_type_possible,why:_type_why)->_return_type:\n  _set_item(self,item)\n  _set_name(self,name)\n  _set_what(self,what)\n  _set_side(self,side)\n  _set_version(self,version)\n  _set_other(self,other)\n  _set_possible(self,possible)\n  _set_why(self,why)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_item, _type_text, MISSING, _HAS_DEFAULT_FACTORY, _set_item, _set_text, _return_type):
 def __init__(self,*,item:_type_item,text:_type_text)->_return_type:
  _set_item(self,item)
  _set_text(self,text)
 return __init__


INITS['def __create_fn__(_type_item, _type_text, MISSING, _HAS_DEFAULT_FACTORY, _set_item, _set_text, _return_type):\n def __init__(self,*,item:_type_item,text:_type_text)->_return_type:\n  _set_item(self,item)\n  _set_text(self,text)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_item, _type_what, _type_locations, _type_kind, _type_words, _type_old, _type_new, _type_clauses, MISSING, _HAS_DEFAULT_FACTORY, _set_item, _set_what, _set_locations, _set_kind, _set_words, _set_old, _set_new, _dflt_clauses, _set_clauses, _return_type):
 def __init__(self,*,item:_type_item,what:_type_what,locations:_type_locations,kind:_type_kind,words:_type_words,old:_type_old,new:_type_new,clauses:_type_clauses=_dflt_clauses)->_return_type:
  _set_item(self,item)
  _set_what(self,what)
  _set_locations(self,locations)
  _set_kind(self,kind)
  _set_words(self,words)
  _set_old(self,old)
  _set_new(self,new)
  _set_clauses(self,clauses)
 return __init__


INITS['def __create_fn__(_type_item, _type_what, _type_locations, _type_kind, _type_words, _type_old, _type_new, _type_clauses, MISSING, _HAS_DEFAULT_FACTORY, _set_item, _set_what, _set_locations, _set_kind, _set_words, _set_old, _set_new, _dflt_clauses, _set_clauses, _return_type):\n def __init__(self,*,item:_type_item,what:_type_what,locations:_type_locations,kind:_type_kind,words:_type_words,old:_type_old,new:_type_new,clauses:_type_clauses=_dflt_clauses)->_return_type:\n  _set_item(self,item)\n  _set_what(self,what)\n  _set_locations(self,locations)\n  _set_kind(self,kind)\n  _set_words(self,words)\n  _set_old(self,old)\n  _set_new(self,new)\n  _set_clauses(self,clauses)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_key, _type_kind, _type_wording, _type_group, _type_attribute, _type_question, _type_na, _type_applies, MISSING, _HAS_DEFAULT_FACTORY, _set_key, _set_kind, _set_wording, _dflt_group, _set_group, _dflt_attribute, _set_attribute, _dflt_question, _set_question, _dflt_na, _set_na, _dflt_applies, _set_applies, _return_type):
 def __init__(self,*,key:_type_key,kind:_type_kind,wording:_type_wording,group:_type_group=_dflt_group,attribute:_type_attribute=_dflt_attribute,question:_type_question=_dflt_question,na:_type_na=_dflt_na,applies:_type_applies=_dflt_applies)->_return_type:
  _set_key(self,key)
  _set_kind(self,kind)
  _set_wording(self,wording)
  _set_group(self,group)
  _set_attribute(self,attribute)
  _set_question(self,question)
  _set_na(self,na)
  _set_applies(self,applies)
 return __init__


INITS['def __create_fn__(_type_key, _type_kind, _type_wording, _type_group, _type_attribute, _type_question, _type_na, _type_applies, MISSING, _HAS_DEFAULT_FACTORY, _set_key, _set_kind, _set_wording, _dflt_group, _set_group, _dflt_attribute, _set_attribute, _dflt_question, _set_question, _dflt_na, _set_na, _dflt_applies, _set_applies, _return_type):\n def __init__(self,*,key:_type_key,kind:_type_kind,wording:_type_wording,group:_type_group=_dflt_group,attribute:_type_attribute=_dflt_attribute,question:_type_question=_dflt_question,na:_type_na=_dflt_na,applies:_type_applies=_dflt_applies)->_return_type:\n  _set_key(self,key)\n  _set_kind(self,kind)\n  _set_wording(self,wording)\n  _set_group(self,group)\n  _set_attribute(self,attribute)\n  _set_question(self,question)\n  _set_na(self,na)\n  _set_applies(self,applies)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_key, _type_span, _type_role, MISSING, _HAS_DEFAULT_FACTORY, _set_key, _set_span, _set_role, _return_type):
 def __init__(self,*,key:_type_key,span:_type_span,role:_type_role)->_return_type:
  _set_key(self,key)
  _set_span(self,span)
  _set_role(self,role)
 return __init__


INITS['def __create_fn__(_type_key, _type_span, _type_role, MISSING, _HAS_DEFAULT_FACTORY, _set_key, _set_span, _set_role, _return_type):\n def __init__(self,*,key:_type_key,span:_type_span,role:_type_role)->_return_type:\n  _set_key(self,key)\n  _set_span(self,span)\n  _set_role(self,role)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_key, _type_title, _type_summary, _type_declared, _type_clauses, MISSING, _HAS_DEFAULT_FACTORY, _set_key, _set_title, _set_summary, _set_declared, _dflt_clauses, _set_clauses, _return_type):
 def __init__(self,*,key:_type_key,title:_type_title,summary:_type_summary,declared:_type_declared,clauses:_type_clauses=_dflt_clauses)->_return_type:
  _set_key(self,key)
  _set_title(self,title)
  _set_summary(self,summary)
  _set_declared(self,declared)
  _set_clauses(self,clauses)
 return __init__


INITS['def __create_fn__(_type_key, _type_title, _type_summary, _type_declared, _type_clauses, MISSING, _HAS_DEFAULT_FACTORY, _set_key, _set_title, _set_summary, _set_declared, _dflt_clauses, _set_clauses, _return_type):\n def __init__(self,*,key:_type_key,title:_type_title,summary:_type_summary,declared:_type_declared,clauses:_type_clauses=_dflt_clauses)->_return_type:\n  _set_key(self,key)\n  _set_title(self,title)\n  _set_summary(self,summary)\n  _set_declared(self,declared)\n  _set_clauses(self,clauses)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_key_question, _type_answer_from, _type_answer_to, _type_cases, _type_percent_after, _type_band_after, _type_candidates, MISSING, _HAS_DEFAULT_FACTORY, _set_key_question, _set_answer_from, _set_answer_to, _set_cases, _set_percent_after, _set_band_after, _dflt_candidates, _set_candidates, _return_type):
 def __init__(self,*,key_question:_type_key_question,answer_from:_type_answer_from,answer_to:_type_answer_to,cases:_type_cases,percent_after:_type_percent_after,band_after:_type_band_after,candidates:_type_candidates=_dflt_candidates)->_return_type:
  _set_key_question(self,key_question)
  _set_answer_from(self,answer_from)
  _set_answer_to(self,answer_to)
  _set_cases(self,cases)
  _set_percent_after(self,percent_after)
  _set_band_after(self,band_after)
  _set_candidates(self,candidates)
 return __init__


INITS['def __create_fn__(_type_key_question, _type_answer_from, _type_answer_to, _type_cases, _type_percent_after, _type_band_after, _type_candidates, MISSING, _HAS_DEFAULT_FACTORY, _set_key_question, _set_answer_from, _set_answer_to, _set_cases, _set_percent_after, _set_band_after, _dflt_candidates, _set_candidates, _return_type):\n def __init__(self,*,key_question:_type_key_question,answer_from:_type_answer_from,answer_to:_type_answer_to,cases:_type_cases,percent_after:_type_percent_after,band_after:_type_band_after,candidates:_type_candidates=_dflt_candidates)->_return_type:\n  _set_key_question(self,key_question)\n  _set_answer_from(self,answer_from)\n  _set_answer_to(self,answer_to)\n  _set_cases(self,cases)\n  _set_percent_after(self,percent_after)\n  _set_band_after(self,band_after)\n  _set_candidates(self,candidates)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_key_question, _type_standard, _type_domain, _type_admits, _type_domain_slot, _type_own_slot, _type_domain_needs, _type_own_needs, _type_strict_prompts, _type_applies, _type_applies_rule, _type_prompts, _type_rounding_rule, _type_band_rules, _type_band_bounds, MISSING, _HAS_DEFAULT_FACTORY, _set_key_question, _set_standard, _set_domain, _set_admits, _set_domain_slot, _set_own_slot, _set_domain_needs, _set_own_needs, _set_strict_prompts, _set_applies, _set_applies_rule, _set_prompts, _set_rounding_rule, _set_band_rules, _set_band_bounds, _return_type):
 def __init__(self,*,key_question:_type_key_question,standard:_type_standard,domain:_type_domain,admits:_type_admits,domain_slot:_type_domain_slot,own_slot:_type_own_slot,domain_needs:_type_domain_needs,own_needs:_type_own_needs,strict_prompts:_type_strict_prompts,applies:_type_applies,applies_rule:_type_applies_rule,prompts:_type_prompts,rounding_rule:_type_rounding_rule,band_rules:_type_band_rules,band_bounds:_type_band_bounds)->_return_type:
  _set_key_question(self,key_question)
  _set_standard(self,standard)
  _set_domain(self,domain)
  _set_admits(self,admits)
  _set_domain_slot(self,domain_slot)
  _set_own_slot(self,own_slot)
  _set_domain_needs(self,domain_needs)
  _set_own_needs(self,own_needs)
  _set_strict_prompts(self,strict_prompts)
  _set_applies(self,applies)
  _set_applies_rule(self,applies_rule)
  _set_prompts(self,prompts)
  _set_rounding_rule(self,rounding_rule)
  _set_band_rules(self,band_rules)
  _set_band_bounds(self,band_bounds)
 return __init__


INITS['def __create_fn__(_type_key_question, _type_standard, _type_domain, _type_admits, _type_domain_slot, _type_own_slot, _type_domain_needs, _type_own_needs, _type_strict_prompts, _type_applies, _type_applies_rule, _type_prompts, _type_rounding_rule, _type_band_rules, _type_band_bounds, MISSING, _HAS_DEFAULT_FACTORY, _set_key_question, _set_standard, _set_domain, _set_admits, _set_domain_slot, _set_own_slot, _set_domain_needs, _set_own_needs, _set_strict_prompts, _set_applies, _set_applies_rule, _set_prompts, _set_rounding_rule, _set_band_rules, _set_band_bounds, _return_type):\n def __init__(self,*,key_question:_type_key_question,standard:_type_standard,domain:_type_domain,admits:_type_admits,domain_slot:_type_domain_slot,own_slot:_type_own_slot,domain_needs:_type_domain_needs,own_needs:_type_own_needs,strict_prompts:_type_strict_prompts,applies:_type_applies,applies_rule:_type_applies_rule,prompts:_type_prompts,rounding_rule:_type_rounding_rule,band_rules:_type_band_rules,band_bounds:_type_band_bounds)->_return_type:\n  _set_key_question(self,key_question)\n  _set_standard(self,standard)\n  _set_domain(self,domain)\n  _set_admits(self,admits)\n  _set_domain_slot(self,domain_slot)\n  _set_own_slot(self,own_slot)\n  _set_domain_needs(self,domain_needs)\n  _set_own_needs(self,own_needs)\n  _set_strict_prompts(self,strict_prompts)\n  _set_applies(self,applies)\n  _set_applies_rule(self,applies_rule)\n  _set_prompts(self,prompts)\n  _set_rounding_rule(self,rounding_rule)\n  _set_band_rules(self,band_rules)\n  _set_band_bounds(self,band_bounds)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_key_questions, _type_banded, _type_rating, _type_score_low, _type_score_high, MISSING, _HAS_DEFAULT_FACTORY, _set_key_questions, _set_banded, _set_rating, _set_score_low, _set_score_high, _return_type):
 def __init__(self,*,key_questions:_type_key_questions,banded:_type_banded,rating:_type_rating,score_low:_type_score_low,score_high:_type_score_high)->_return_type:
  _set_key_questions(self,key_questions)
  _set_banded(self,banded)
  _set_rating(self,rating)
  _set_score_low(self,score_low)
  _set_score_high(self,score_high)
 return __init__


INITS['def __create_fn__(_type_key_questions, _type_banded, _type_rating, _type_score_low, _type_score_high, MISSING, _HAS_DEFAULT_FACTORY, _set_key_questions, _set_banded, _set_rating, _set_score_low, _set_score_high, _return_type):\n def __init__(self,*,key_questions:_type_key_questions,banded:_type_banded,rating:_type_rating,score_low:_type_score_low,score_high:_type_score_high)->_return_type:\n  _set_key_questions(self,key_questions)\n  _set_banded(self,banded)\n  _set_rating(self,rating)\n  _set_score_low(self,score_low)\n  _set_score_high(self,score_high)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_kind, _type_id, _type_title, _type_span, _type_name_span, _type_children, MISSING, _HAS_DEFAULT_FACTORY, _set_kind, _set_id, _set_title, _set_span, _set_name_span, _dflt_children, _set_children, _return_type):
 def __init__(self,*,kind:_type_kind,id:_type_id,title:_type_title,span:_type_span,name_span:_type_name_span,children:_type_children=_dflt_children)->_return_type:
  _set_kind(self,kind)
  _set_id(self,id)
  _set_title(self,title)
  _set_span(self,span)
  _set_name_span(self,name_span)
  _set_children(self,children)
 return __init__


INITS['def __create_fn__(_type_kind, _type_id, _type_title, _type_span, _type_name_span, _type_children, MISSING, _HAS_DEFAULT_FACTORY, _set_kind, _set_id, _set_title, _set_span, _set_name_span, _dflt_children, _set_children, _return_type):\n def __init__(self,*,kind:_type_kind,id:_type_id,title:_type_title,span:_type_span,name_span:_type_name_span,children:_type_children=_dflt_children)->_return_type:\n  _set_kind(self,kind)\n  _set_id(self,id)\n  _set_title(self,title)\n  _set_span(self,span)\n  _set_name_span(self,name_span)\n  _set_children(self,children)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_kind, _type_id, _type_title, _type_status, _type_where, _type_clauses, _type_domain, MISSING, _HAS_DEFAULT_FACTORY, _set_kind, _set_id, _set_title, _set_status, _set_where, _set_clauses, _dflt_domain, _set_domain, _return_type):
 def __init__(self,*,kind:_type_kind,id:_type_id,title:_type_title,status:_type_status,where:_type_where,clauses:_type_clauses,domain:_type_domain=_dflt_domain)->_return_type:
  _set_kind(self,kind)
  _set_id(self,id)
  _set_title(self,title)
  _set_status(self,status)
  _set_where(self,where)
  _set_clauses(self,clauses)
  _set_domain(self,domain)
 return __init__


INITS['def __create_fn__(_type_kind, _type_id, _type_title, _type_status, _type_where, _type_clauses, _type_domain, MISSING, _HAS_DEFAULT_FACTORY, _set_kind, _set_id, _set_title, _set_status, _set_where, _set_clauses, _dflt_domain, _set_domain, _return_type):\n def __init__(self,*,kind:_type_kind,id:_type_id,title:_type_title,status:_type_status,where:_type_where,clauses:_type_clauses,domain:_type_domain=_dflt_domain)->_return_type:\n  _set_kind(self,kind)\n  _set_id(self,id)\n  _set_title(self,title)\n  _set_status(self,status)\n  _set_where(self,where)\n  _set_clauses(self,clauses)\n  _set_domain(self,domain)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_kind, _type_key, _type_label, _type_where, MISSING, _HAS_DEFAULT_FACTORY, _set_kind, _set_key, _set_label, _set_where, _return_type):
 def __init__(self,*,kind:_type_kind,key:_type_key,label:_type_label,where:_type_where)->_return_type:
  _set_kind(self,kind)
  _set_key(self,key)
  _set_label(self,label)
  _set_where(self,where)
 return __init__


INITS['def __create_fn__(_type_kind, _type_key, _type_label, _type_where, MISSING, _HAS_DEFAULT_FACTORY, _set_kind, _set_key, _set_label, _set_where, _return_type):\n def __init__(self,*,kind:_type_kind,key:_type_key,label:_type_label,where:_type_where)->_return_type:\n  _set_kind(self,kind)\n  _set_key(self,key)\n  _set_label(self,label)\n  _set_where(self,where)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_kind, _type_symbol, _type_meaning, MISSING, _HAS_DEFAULT_FACTORY, _set_kind, _set_symbol, _set_meaning, _return_type):
 def __init__(self,*,kind:_type_kind,symbol:_type_symbol,meaning:_type_meaning)->_return_type:
  _set_kind(self,kind)
  _set_symbol(self,symbol)
  _set_meaning(self,meaning)
 return __init__


INITS['def __create_fn__(_type_kind, _type_symbol, _type_meaning, MISSING, _HAS_DEFAULT_FACTORY, _set_kind, _set_symbol, _set_meaning, _return_type):\n def __init__(self,*,kind:_type_kind,symbol:_type_symbol,meaning:_type_meaning)->_return_type:\n  _set_kind(self,kind)\n  _set_symbol(self,symbol)\n  _set_meaning(self,meaning)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_label, _type_counts, MISSING, _HAS_DEFAULT_FACTORY, _set_label, _set_counts, _return_type):
 def __init__(self,*,label:_type_label,counts:_type_counts)->_return_type:
  _set_label(self,label)
  _set_counts(self,counts)
 return __init__


INITS['def __create_fn__(_type_label, _type_counts, MISSING, _HAS_DEFAULT_FACTORY, _set_label, _set_counts, _return_type):\n def __init__(self,*,label:_type_label,counts:_type_counts)->_return_type:\n  _set_label(self,label)\n  _set_counts(self,counts)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_layouts, MISSING, _HAS_DEFAULT_FACTORY, _set_layouts, _return_type):
 def __init__(self,*,layouts:_type_layouts)->_return_type:
  _set_layouts(self,layouts)
 return __init__


INITS['def __create_fn__(_type_layouts, MISSING, _HAS_DEFAULT_FACTORY, _set_layouts, _return_type):\n def __init__(self,*,layouts:_type_layouts)->_return_type:\n  _set_layouts(self,layouts)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_line, _type_cells, MISSING, _HAS_DEFAULT_FACTORY, _set_line, _set_cells, _return_type):
 def __init__(self,line:_type_line,cells:_type_cells)->_return_type:
  _set_line(self,line)
  _set_cells(self,cells)
 return __init__


INITS['def __create_fn__(_type_line, _type_cells, MISSING, _HAS_DEFAULT_FACTORY, _set_line, _set_cells, _return_type):\n def __init__(self,line:_type_line,cells:_type_cells)->_return_type:\n  _set_line(self,line)\n  _set_cells(self,cells)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_line, _type_whole, MISSING, _HAS_DEFAULT_FACTORY, _set_line, _set_whole, _return_type):
 def __init__(self,*,line:_type_line,whole:_type_whole)->_return_type:
  _set_line(self,line)
  _set_whole(self,whole)
 return __init__


INITS['def __create_fn__(_type_line, _type_whole, MISSING, _HAS_DEFAULT_FACTORY, _set_line, _set_whole, _return_type):\n def __init__(self,*,line:_type_line,whole:_type_whole)->_return_type:\n  _set_line(self,line)\n  _set_whole(self,whole)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_lines, _type__normalised, MISSING, _HAS_DEFAULT_FACTORY, _set_lines, _return_type):
 def __init__(self,*,lines:_type_lines)->_return_type:
  _set_lines(self,lines)
  self.__post_init__()
 return __init__


INITS['def __create_fn__(_type_lines, _type__normalised, MISSING, _HAS_DEFAULT_FACTORY, _set_lines, _return_type):\n def __init__(self,*,lines:_type_lines)->_return_type:\n  _set_lines(self,lines)\n  self.__post_init__()\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_low, _type_high, _type_bands, _type_span, _type_says, _type_rule, _type_rule_says, _type_limits, MISSING, _HAS_DEFAULT_FACTORY, _set_low, _set_high, _set_bands, _dflt_span, _set_span, _dflt_says, _set_says, _dflt_rule, _set_rule, _dflt_rule_says, _set_rule_says, _dflt_limits, _set_limits, _return_type):
 def __init__(self,*,low:_type_low,high:_type_high,bands:_type_bands,span:_type_span=_dflt_span,says:_type_says=_dflt_says,rule:_type_rule=_dflt_rule,rule_says:_type_rule_says=_dflt_rule_says,limits:_type_limits=_dflt_limits)->_return_type:
  _set_low(self,low)
  _set_high(self,high)
  _set_bands(self,bands)
  _set_span(self,span)
  _set_says(self,says)
  _set_rule(self,rule)
  _set_rule_says(self,rule_says)
  _set_limits(self,limits)
 return __init__


INITS['def __create_fn__(_type_low, _type_high, _type_bands, _type_span, _type_says, _type_rule, _type_rule_says, _type_limits, MISSING, _HAS_DEFAULT_FACTORY, _set_low, _set_high, _set_bands, _dflt_span, _set_span, _dflt_says, _set_says, _dflt_rule, _set_rule, _dflt_rule_says, _set_rule_says, _dflt_limits, _set_limits, _return_type):\n def __init__(self,*,low:_type_low,high:_type_high,bands:_type_bands,span:_type_span=_dflt_span,says:_type_says=_dflt_says,rule:_type_rule=_dflt_rule,rule_says:_type_rule_says=_dflt_rule_says,limits:_type_limits=_dflt_limits)->_return_type:\n  _set_low(self,low)\n  _set_high(self,high)\n  _set_bands(self,bands)\n  _set_span(self,span)\n  _set_says(self,says)\n  _set_rule(self,rule)\n  _set_rule_says(self,rule_says)\n  _set_limits(self,limits)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_low, _type_high, _type_crosses, MISSING, _HAS_DEFAULT_FACTORY, _set_low, _set_high, _set_crosses, _return_type):
 def __init__(self,*,low:_type_low,high:_type_high,crosses:_type_crosses)->_return_type:
  _set_low(self,low)
  _set_high(self,high)
  _set_crosses(self,crosses)
 return __init__


INITS['def __create_fn__(_type_low, _type_high, _type_crosses, MISSING, _HAS_DEFAULT_FACTORY, _set_low, _set_high, _set_crosses, _return_type):\n def __init__(self,*,low:_type_low,high:_type_high,crosses:_type_crosses)->_return_type:\n  _set_low(self,low)\n  _set_high(self,high)\n  _set_crosses(self,crosses)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_low, _type_high, _type_low_open, _type_high_open, MISSING, _HAS_DEFAULT_FACTORY, _set_low, _set_high, _dflt_low_open, _set_low_open, _dflt_high_open, _set_high_open, _return_type):
 def __init__(self,low:_type_low,high:_type_high,low_open:_type_low_open=_dflt_low_open,high_open:_type_high_open=_dflt_high_open)->_return_type:
  _set_low(self,low)
  _set_high(self,high)
  _set_low_open(self,low_open)
  _set_high_open(self,high_open)
 return __init__


INITS['def __create_fn__(_type_low, _type_high, _type_low_open, _type_high_open, MISSING, _HAS_DEFAULT_FACTORY, _set_low, _set_high, _dflt_low_open, _set_low_open, _dflt_high_open, _set_high_open, _return_type):\n def __init__(self,low:_type_low,high:_type_high,low_open:_type_low_open=_dflt_low_open,high_open:_type_high_open=_dflt_high_open)->_return_type:\n  _set_low(self,low)\n  _set_high(self,high)\n  _set_low_open(self,low_open)\n  _set_high_open(self,high_open)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_low, _type_high, _type_rating, MISSING, _HAS_DEFAULT_FACTORY, _set_low, _set_high, _set_rating, _return_type):
 def __init__(self,*,low:_type_low,high:_type_high,rating:_type_rating)->_return_type:
  _set_low(self,low)
  _set_high(self,high)
  _set_rating(self,rating)
 return __init__


INITS['def __create_fn__(_type_low, _type_high, _type_rating, MISSING, _HAS_DEFAULT_FACTORY, _set_low, _set_high, _set_rating, _return_type):\n def __init__(self,*,low:_type_low,high:_type_high,rating:_type_rating)->_return_type:\n  _set_low(self,low)\n  _set_high(self,high)\n  _set_rating(self,rating)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_low, _type_high, _type_rating, _type_label, _type_cite, _type_span, MISSING, _HAS_DEFAULT_FACTORY, _set_low, _set_high, _set_rating, _dflt_label, _set_label, _dflt_cite, _set_cite, _dflt_span, _set_span, _return_type):
 def __init__(self,*,low:_type_low,high:_type_high,rating:_type_rating,label:_type_label=_dflt_label,cite:_type_cite=_dflt_cite,span:_type_span=_dflt_span)->_return_type:
  _set_low(self,low)
  _set_high(self,high)
  _set_rating(self,rating)
  _set_label(self,label)
  _set_cite(self,cite)
  _set_span(self,span)
 return __init__


INITS['def __create_fn__(_type_low, _type_high, _type_rating, _type_label, _type_cite, _type_span, MISSING, _HAS_DEFAULT_FACTORY, _set_low, _set_high, _set_rating, _dflt_label, _set_label, _dflt_cite, _set_cite, _dflt_span, _set_span, _return_type):\n def __init__(self,*,low:_type_low,high:_type_high,rating:_type_rating,label:_type_label=_dflt_label,cite:_type_cite=_dflt_cite,span:_type_span=_dflt_span)->_return_type:\n  _set_low(self,low)\n  _set_high(self,high)\n  _set_rating(self,rating)\n  _set_label(self,label)\n  _set_cite(self,cite)\n  _set_span(self,span)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_lowest, _type_highest, _type_unrated, _type_only, MISSING, _HAS_DEFAULT_FACTORY, _set_lowest, _set_highest, _set_unrated, _dflt_only, _set_only, _return_type):
 def __init__(self,*,lowest:_type_lowest,highest:_type_highest,unrated:_type_unrated,only:_type_only=_dflt_only)->_return_type:
  _set_lowest(self,lowest)
  _set_highest(self,highest)
  _set_unrated(self,unrated)
  _set_only(self,only)
 return __init__


INITS['def __create_fn__(_type_lowest, _type_highest, _type_unrated, _type_only, MISSING, _HAS_DEFAULT_FACTORY, _set_lowest, _set_highest, _set_unrated, _dflt_only, _set_only, _return_type):\n def __init__(self,*,lowest:_type_lowest,highest:_type_highest,unrated:_type_unrated,only:_type_only=_dflt_only)->_return_type:\n  _set_lowest(self,lowest)\n  _set_highest(self,highest)\n  _set_unrated(self,unrated)\n  _set_only(self,only)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_name, _type_format, _type_suffixes, MISSING, _HAS_DEFAULT_FACTORY, _set_name, _set_format, _set_suffixes, _return_type):
 def __init__(self,*,name:_type_name,format:_type_format,suffixes:_type_suffixes)->_return_type:
  _set_name(self,name)
  _set_format(self,format)
  _set_suffixes(self,suffixes)
 return __init__


INITS['def __create_fn__(_type_name, _type_format, _type_suffixes, MISSING, _HAS_DEFAULT_FACTORY, _set_name, _set_format, _set_suffixes, _return_type):\n def __init__(self,*,name:_type_name,format:_type_format,suffixes:_type_suffixes)->_return_type:\n  _set_name(self,name)\n  _set_format(self,format)\n  _set_suffixes(self,suffixes)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_name, _type_kind, _type_values, _type_low, _type_high, MISSING, _HAS_DEFAULT_FACTORY, _set_name, _set_kind, _dflt_values, _set_values, _dflt_low, _set_low, _dflt_high, _set_high, _return_type):
 def __init__(self,*,name:_type_name,kind:_type_kind,values:_type_values=_dflt_values,low:_type_low=_dflt_low,high:_type_high=_dflt_high)->_return_type:
  _set_name(self,name)
  _set_kind(self,kind)
  _set_values(self,values)
  _set_low(self,low)
  _set_high(self,high)
 return __init__


INITS['def __create_fn__(_type_name, _type_kind, _type_values, _type_low, _type_high, MISSING, _HAS_DEFAULT_FACTORY, _set_name, _set_kind, _dflt_values, _set_values, _dflt_low, _set_low, _dflt_high, _set_high, _return_type):\n def __init__(self,*,name:_type_name,kind:_type_kind,values:_type_values=_dflt_values,low:_type_low=_dflt_low,high:_type_high=_dflt_high)->_return_type:\n  _set_name(self,name)\n  _set_kind(self,kind)\n  _set_values(self,values)\n  _set_low(self,low)\n  _set_high(self,high)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_name, _type_kind, _type_values, _type_low, _type_high, _type_default, _type_description, _type_span, MISSING, _HAS_DEFAULT_FACTORY, _set_name, _set_kind, _dflt_values, _set_values, _dflt_low, _set_low, _dflt_high, _set_high, _dflt_default, _set_default, _dflt_description, _set_description, _dflt_span, _set_span, _return_type):
 def __init__(self,*,name:_type_name,kind:_type_kind,values:_type_values=_dflt_values,low:_type_low=_dflt_low,high:_type_high=_dflt_high,default:_type_default=_dflt_default,description:_type_description=_dflt_description,span:_type_span=_dflt_span)->_return_type:
  _set_name(self,name)
  _set_kind(self,kind)
  _set_values(self,values)
  _set_low(self,low)
  _set_high(self,high)
  _set_default(self,default)
  _set_description(self,description)
  _set_span(self,span)
 return __init__


INITS['def __create_fn__(_type_name, _type_kind, _type_values, _type_low, _type_high, _type_default, _type_description, _type_span, MISSING, _HAS_DEFAULT_FACTORY, _set_name, _set_kind, _dflt_values, _set_values, _dflt_low, _set_low, _dflt_high, _set_high, _dflt_default, _set_default, _dflt_description, _set_description, _dflt_span, _set_span, _return_type):\n def __init__(self,*,name:_type_name,kind:_type_kind,values:_type_values=_dflt_values,low:_type_low=_dflt_low,high:_type_high=_dflt_high,default:_type_default=_dflt_default,description:_type_description=_dflt_description,span:_type_span=_dflt_span)->_return_type:\n  _set_name(self,name)\n  _set_kind(self,kind)\n  _set_values(self,values)\n  _set_low(self,low)\n  _set_high(self,high)\n  _set_default(self,default)\n  _set_description(self,description)\n  _set_span(self,span)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_name, _type_nodeid, _type_framework, _type_inspection, _type_status, _type_invalid, _type_message, _type_error, _type_mismatches, _type_seconds, MISSING, _HAS_DEFAULT_FACTORY, _set_name, _set_nodeid, _set_framework, _set_inspection, _set_status, _set_invalid, _set_message, _set_error, _set_mismatches, _set_seconds, _return_type):
 def __init__(self,*,name:_type_name,nodeid:_type_nodeid,framework:_type_framework,inspection:_type_inspection,status:_type_status,invalid:_type_invalid,message:_type_message,error:_type_error,mismatches:_type_mismatches,seconds:_type_seconds)->_return_type:
  _set_name(self,name)
  _set_nodeid(self,nodeid)
  _set_framework(self,framework)
  _set_inspection(self,inspection)
  _set_status(self,status)
  _set_invalid(self,invalid)
  _set_message(self,message)
  _set_error(self,error)
  _set_mismatches(self,mismatches)
  _set_seconds(self,seconds)
 return __init__


INITS['def __create_fn__(_type_name, _type_nodeid, _type_framework, _type_inspection, _type_status, _type_invalid, _type_message, _type_error, _type_mismatches, _type_seconds, MISSING, _HAS_DEFAULT_FACTORY, _set_name, _set_nodeid, _set_framework, _set_inspection, _set_status, _set_invalid, _set_message, _set_error, _set_mismatches, _set_seconds, _return_type):\n def __init__(self,*,name:_type_name,nodeid:_type_nodeid,framework:_type_framework,inspection:_type_inspection,status:_type_status,invalid:_type_invalid,message:_type_message,error:_type_error,mismatches:_type_mismatches,seconds:_type_seconds)->_return_type:\n  _set_name(self,name)\n  _set_nodeid(self,nodeid)\n  _set_framework(self,framework)\n  _set_inspection(self,inspection)\n  _set_status(self,status)\n  _set_invalid(self,invalid)\n  _set_message(self,message)\n  _set_error(self,error)\n  _set_mismatches(self,mismatches)\n  _set_seconds(self,seconds)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_name, _type_op, _type_values, MISSING, _HAS_DEFAULT_FACTORY, _set_name, _set_op, _dflt_values, _set_values, _return_type):
 def __init__(self,*,name:_type_name,op:_type_op,values:_type_values=_dflt_values)->_return_type:
  _set_name(self,name)
  _set_op(self,op)
  _set_values(self,values)
 return __init__


INITS['def __create_fn__(_type_name, _type_op, _type_values, MISSING, _HAS_DEFAULT_FACTORY, _set_name, _set_op, _dflt_values, _set_values, _return_type):\n def __init__(self,*,name:_type_name,op:_type_op,values:_type_values=_dflt_values)->_return_type:\n  _set_name(self,name)\n  _set_op(self,op)\n  _set_values(self,values)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_name, _type_score, _type_span, MISSING, _HAS_DEFAULT_FACTORY, _set_name, _set_score, _dflt_span, _set_span, _return_type):
 def __init__(self,*,name:_type_name,score:_type_score,span:_type_span=_dflt_span)->_return_type:
  _set_name(self,name)
  _set_score(self,score)
  _set_span(self,span)
 return __init__


INITS['def __create_fn__(_type_name, _type_score, _type_span, MISSING, _HAS_DEFAULT_FACTORY, _set_name, _set_score, _dflt_span, _set_span, _return_type):\n def __init__(self,*,name:_type_name,score:_type_score,span:_type_span=_dflt_span)->_return_type:\n  _set_name(self,name)\n  _set_score(self,score)\n  _set_span(self,span)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_name, _type_suffixes, _type_module, _type_table, MISSING, _HAS_DEFAULT_FACTORY, _set_name, _set_suffixes, _set_module, _dflt_table, _set_table, _return_type):
 def __init__(self,*,name:_type_name,suffixes:_type_suffixes,module:_type_module,table:_type_table=_dflt_table)->_return_type:
  _set_name(self,name)
  _set_suffixes(self,suffixes)
  _set_module(self,module)
  _set_table(self,table)
 return __init__


INITS['def __create_fn__(_type_name, _type_suffixes, _type_module, _type_table, MISSING, _HAS_DEFAULT_FACTORY, _set_name, _set_suffixes, _set_module, _dflt_table, _set_table, _return_type):\n def __init__(self,*,name:_type_name,suffixes:_type_suffixes,module:_type_module,table:_type_table=_dflt_table)->_return_type:\n  _set_name(self,name)\n  _set_suffixes(self,suffixes)\n  _set_module(self,module)\n  _set_table(self,table)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_name, _type_title, _type_changes, MISSING, _HAS_DEFAULT_FACTORY, _set_name, _set_title, _set_changes, _return_type):
 def __init__(self,*,name:_type_name,title:_type_title,changes:_type_changes)->_return_type:
  _set_name(self,name)
  _set_title(self,title)
  _set_changes(self,changes)
 return __init__


INITS['def __create_fn__(_type_name, _type_title, _type_changes, MISSING, _HAS_DEFAULT_FACTORY, _set_name, _set_title, _set_changes, _return_type):\n def __init__(self,*,name:_type_name,title:_type_title,changes:_type_changes)->_return_type:\n  _set_name(self,name)\n  _set_title(self,title)\n  _set_changes(self,changes)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_name, _type_value, MISSING, _HAS_DEFAULT_FACTORY, _set_name, _set_value, _return_type):
 def __init__(self,*,name:_type_name,value:_type_value)->_return_type:
  _set_name(self,name)
  _set_value(self,value)
 return __init__


INITS['def __create_fn__(_type_name, _type_value, MISSING, _HAS_DEFAULT_FACTORY, _set_name, _set_value, _return_type):\n def __init__(self,*,name:_type_name,value:_type_value)->_return_type:\n  _set_name(self,name)\n  _set_value(self,value)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_names, _type_inspection, _type_case, _type_item, _type_answer, _type_reason, _type_facts, MISSING, _HAS_DEFAULT_FACTORY, _set_names, _set_inspection, _set_case, _set_item, _set_answer, _set_reason, _set_facts, _return_type):
 def __init__(self,*,names:_type_names,inspection:_type_inspection,case:_type_case,item:_type_item,answer:_type_answer,reason:_type_reason,facts:_type_facts)->_return_type:
  _set_names(self,names)
  _set_inspection(self,inspection)
  _set_case(self,case)
  _set_item(self,item)
  _set_answer(self,answer)
  _set_reason(self,reason)
  _set_facts(self,facts)
 return __init__


INITS['def __create_fn__(_type_names, _type_inspection, _type_case, _type_item, _type_answer, _type_reason, _type_facts, MISSING, _HAS_DEFAULT_FACTORY, _set_names, _set_inspection, _set_case, _set_item, _set_answer, _set_reason, _set_facts, _return_type):\n def __init__(self,*,names:_type_names,inspection:_type_inspection,case:_type_case,item:_type_item,answer:_type_answer,reason:_type_reason,facts:_type_facts)->_return_type:\n  _set_names(self,names)\n  _set_inspection(self,inspection)\n  _set_case(self,case)\n  _set_item(self,item)\n  _set_answer(self,answer)\n  _set_reason(self,reason)\n  _set_facts(self,facts)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_node, _type_snippets, _type_shown, MISSING, _HAS_DEFAULT_FACTORY, _set_node, _dflt_snippets, _set_snippets, _dflt_shown, _set_shown, _return_type):
 def __init__(self,*,node:_type_node,snippets:_type_snippets=_dflt_snippets,shown:_type_shown=_dflt_shown)->_return_type:
  _set_node(self,node)
  _set_snippets(self,snippets)
  _set_shown(self,shown)
 return __init__


INITS['def __create_fn__(_type_node, _type_snippets, _type_shown, MISSING, _HAS_DEFAULT_FACTORY, _set_node, _dflt_snippets, _set_snippets, _dflt_shown, _set_shown, _return_type):\n def __init__(self,*,node:_type_node,snippets:_type_snippets=_dflt_snippets,shown:_type_shown=_dflt_shown)->_return_type:\n  _set_node(self,node)\n  _set_snippets(self,snippets)\n  _set_shown(self,shown)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_nodeid, _type_error, _type_mismatches, MISSING, _HAS_DEFAULT_FACTORY, _set_nodeid, _set_error, _set_mismatches, _return_type):
 def __init__(self,*,nodeid:_type_nodeid,error:_type_error,mismatches:_type_mismatches)->_return_type:
  _set_nodeid(self,nodeid)
  _set_error(self,error)
  _set_mismatches(self,mismatches)
 return __init__


INITS['def __create_fn__(_type_nodeid, _type_error, _type_mismatches, MISSING, _HAS_DEFAULT_FACTORY, _set_nodeid, _set_error, _set_mismatches, _return_type):\n def __init__(self,*,nodeid:_type_nodeid,error:_type_error,mismatches:_type_mismatches)->_return_type:\n  _set_nodeid(self,nodeid)\n  _set_error(self,error)\n  _set_mismatches(self,mismatches)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_nodeid, _type_passed, _type_status, MISSING, _HAS_DEFAULT_FACTORY, _set_nodeid, _set_passed, _set_status, _return_type):
 def __init__(self,*,nodeid:_type_nodeid,passed:_type_passed,status:_type_status)->_return_type:
  _set_nodeid(self,nodeid)
  _set_passed(self,passed)
  _set_status(self,status)
 return __init__


INITS['def __create_fn__(_type_nodeid, _type_passed, _type_status, MISSING, _HAS_DEFAULT_FACTORY, _set_nodeid, _set_passed, _set_status, _return_type):\n def __init__(self,*,nodeid:_type_nodeid,passed:_type_passed,status:_type_status)->_return_type:\n  _set_nodeid(self,nodeid)\n  _set_passed(self,passed)\n  _set_status(self,status)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_ok, _type_family, _type_version, _type_based_on, _type_cites, MISSING, _HAS_DEFAULT_FACTORY, _set_ok, _set_family, _set_version, _set_based_on, _set_cites, _return_type):
 def __init__(self,*,ok:_type_ok,family:_type_family,version:_type_version,based_on:_type_based_on,cites:_type_cites)->_return_type:
  _set_ok(self,ok)
  _set_family(self,family)
  _set_version(self,version)
  _set_based_on(self,based_on)
  _set_cites(self,cites)
 return __init__


INITS['def __create_fn__(_type_ok, _type_family, _type_version, _type_based_on, _type_cites, MISSING, _HAS_DEFAULT_FACTORY, _set_ok, _set_family, _set_version, _set_based_on, _set_cites, _return_type):\n def __init__(self,*,ok:_type_ok,family:_type_family,version:_type_version,based_on:_type_based_on,cites:_type_cites)->_return_type:\n  _set_ok(self,ok)\n  _set_family(self,family)\n  _set_version(self,version)\n  _set_based_on(self,based_on)\n  _set_cites(self,cites)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_old, _type_new, _type_times, MISSING, _HAS_DEFAULT_FACTORY, _set_old, _set_new, _set_times, _return_type):
 def __init__(self,*,old:_type_old,new:_type_new,times:_type_times)->_return_type:
  _set_old(self,old)
  _set_new(self,new)
  _set_times(self,times)
 return __init__


INITS['def __create_fn__(_type_old, _type_new, _type_times, MISSING, _HAS_DEFAULT_FACTORY, _set_old, _set_new, _set_times, _return_type):\n def __init__(self,*,old:_type_old,new:_type_new,times:_type_times)->_return_type:\n  _set_old(self,old)\n  _set_new(self,new)\n  _set_times(self,times)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_old, _type_new, _type_total, _type_counts, _type_domains, _type_items, _type_empty, MISSING, _HAS_DEFAULT_FACTORY, _set_old, _set_new, _set_total, _set_counts, _set_domains, _set_items, _set_empty, _return_type):
 def __init__(self,*,old:_type_old,new:_type_new,total:_type_total,counts:_type_counts,domains:_type_domains,items:_type_items,empty:_type_empty)->_return_type:
  _set_old(self,old)
  _set_new(self,new)
  _set_total(self,total)
  _set_counts(self,counts)
  _set_domains(self,domains)
  _set_items(self,items)
  _set_empty(self,empty)
 return __init__


INITS['def __create_fn__(_type_old, _type_new, _type_total, _type_counts, _type_domains, _type_items, _type_empty, MISSING, _HAS_DEFAULT_FACTORY, _set_old, _set_new, _set_total, _set_counts, _set_domains, _set_items, _set_empty, _return_type):\n def __init__(self,*,old:_type_old,new:_type_new,total:_type_total,counts:_type_counts,domains:_type_domains,items:_type_items,empty:_type_empty)->_return_type:\n  _set_old(self,old)\n  _set_new(self,new)\n  _set_total(self,total)\n  _set_counts(self,counts)\n  _set_domains(self,domains)\n  _set_items(self,items)\n  _set_empty(self,empty)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_old, _type_new, _type_total, _type_counts, _type_rewordings, _type_sections, _type_empty, MISSING, _HAS_DEFAULT_FACTORY, _set_old, _set_new, _set_total, _set_counts, _set_rewordings, _set_sections, _set_empty, _return_type):
 def __init__(self,*,old:_type_old,new:_type_new,total:_type_total,counts:_type_counts,rewordings:_type_rewordings,sections:_type_sections,empty:_type_empty)->_return_type:
  _set_old(self,old)
  _set_new(self,new)
  _set_total(self,total)
  _set_counts(self,counts)
  _set_rewordings(self,rewordings)
  _set_sections(self,sections)
  _set_empty(self,empty)
 return __init__


INITS['def __create_fn__(_type_old, _type_new, _type_total, _type_counts, _type_rewordings, _type_sections, _type_empty, MISSING, _HAS_DEFAULT_FACTORY, _set_old, _set_new, _set_total, _set_counts, _set_rewordings, _set_sections, _set_empty, _return_type):\n def __init__(self,*,old:_type_old,new:_type_new,total:_type_total,counts:_type_counts,rewordings:_type_rewordings,sections:_type_sections,empty:_type_empty)->_return_type:\n  _set_old(self,old)\n  _set_new(self,new)\n  _set_total(self,total)\n  _set_counts(self,counts)\n  _set_rewordings(self,rewordings)\n  _set_sections(self,sections)\n  _set_empty(self,empty)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_one, _type_times, _type_plus, MISSING, _HAS_DEFAULT_FACTORY, _set_one, _set_times, _set_plus, _return_type):
 def __init__(self,one:_type_one,times:_type_times,plus:_type_plus)->_return_type:
  _set_one(self,one)
  _set_times(self,times)
  _set_plus(self,plus)
 return __init__


INITS['def __create_fn__(_type_one, _type_times, _type_plus, MISSING, _HAS_DEFAULT_FACTORY, _set_one, _set_times, _set_plus, _return_type):\n def __init__(self,one:_type_one,times:_type_times,plus:_type_plus)->_return_type:\n  _set_one(self,one)\n  _set_times(self,times)\n  _set_plus(self,plus)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_op, _type_old, _type_new, MISSING, _HAS_DEFAULT_FACTORY, _set_op, _set_old, _set_new, _return_type):
 def __init__(self,*,op:_type_op,old:_type_old,new:_type_new)->_return_type:
  _set_op(self,op)
  _set_old(self,old)
  _set_new(self,new)
 return __init__


INITS['def __create_fn__(_type_op, _type_old, _type_new, MISSING, _HAS_DEFAULT_FACTORY, _set_op, _set_old, _set_new, _return_type):\n def __init__(self,*,op:_type_op,old:_type_old,new:_type_new)->_return_type:\n  _set_op(self,op)\n  _set_old(self,old)\n  _set_new(self,new)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_operand, MISSING, _HAS_DEFAULT_FACTORY, _set_operand, _return_type):
 def __init__(self,*,operand:_type_operand)->_return_type:
  _set_operand(self,operand)
 return __init__


INITS['def __create_fn__(_type_operand, MISSING, _HAS_DEFAULT_FACTORY, _set_operand, _return_type):\n def __init__(self,*,operand:_type_operand)->_return_type:\n  _set_operand(self,operand)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_operands, MISSING, _HAS_DEFAULT_FACTORY, _set_operands, _return_type):
 def __init__(self,*,operands:_type_operands)->_return_type:
  _set_operands(self,operands)
 return __init__


INITS['def __create_fn__(_type_operands, MISSING, _HAS_DEFAULT_FACTORY, _set_operands, _return_type):\n def __init__(self,*,operands:_type_operands)->_return_type:\n  _set_operands(self,operands)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_outcomes, _type_seconds, _type_verbose, _type_coverage, _type_names, MISSING, _HAS_DEFAULT_FACTORY, _set_outcomes, _set_seconds, _dflt_verbose, _set_verbose, _dflt_coverage, _set_coverage, _dflt_names, _set_names, _return_type):
 def __init__(self,*,outcomes:_type_outcomes,seconds:_type_seconds,verbose:_type_verbose=_dflt_verbose,coverage:_type_coverage=_dflt_coverage,names:_type_names=_dflt_names)->_return_type:
  _set_outcomes(self,outcomes)
  _set_seconds(self,seconds)
  _set_verbose(self,verbose)
  _set_coverage(self,coverage)
  _set_names(self,names)
 return __init__


INITS['def __create_fn__(_type_outcomes, _type_seconds, _type_verbose, _type_coverage, _type_names, MISSING, _HAS_DEFAULT_FACTORY, _set_outcomes, _set_seconds, _dflt_verbose, _set_verbose, _dflt_coverage, _set_coverage, _dflt_names, _set_names, _return_type):\n def __init__(self,*,outcomes:_type_outcomes,seconds:_type_seconds,verbose:_type_verbose=_dflt_verbose,coverage:_type_coverage=_dflt_coverage,names:_type_names=_dflt_names)->_return_type:\n  _set_outcomes(self,outcomes)\n  _set_seconds(self,seconds)\n  _set_verbose(self,verbose)\n  _set_coverage(self,coverage)\n  _set_names(self,names)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_own, _type_occurrences, _type_symbols, _type_outline, _type_texts, _type_family, MISSING, _HAS_DEFAULT_FACTORY, _set_own, _set_occurrences, _set_symbols, _set_outline, _dflt_texts, _set_texts, _dflt_family, _set_family, _return_type):
 def __init__(self,*,own:_type_own,occurrences:_type_occurrences,symbols:_type_symbols,outline:_type_outline,texts:_type_texts=_HAS_DEFAULT_FACTORY,family:_type_family=_dflt_family)->_return_type:
  _set_own(self,own)
  _set_occurrences(self,occurrences)
  _set_symbols(self,symbols)
  _set_outline(self,outline)
  _set_texts(self,_dflt_texts() if texts is _HAS_DEFAULT_FACTORY else texts)
  _set_family(self,family)
 return __init__


INITS['def __create_fn__(_type_own, _type_occurrences, _type_symbols, _type_outline, _type_texts, _type_family, MISSING, _HAS_DEFAULT_FACTORY, _set_own, _set_occurrences, _set_symbols, _set_outline, _dflt_texts, _set_texts, _dflt_family, _set_family, _return_type):\n def __init__(self,*,own:_type_own,occurrences:_type_occurrences,symbols:_type_symbols,outline:_type_outline,texts:_type_texts=_HAS_DEFAULT_FACTORY,family:_type_family=_dflt_family)->_return_type:\n  _set_own(self,own)\n  _set_occurrences(self,occurrences)\n  _set_symbols(self,symbols)\n  _set_outline(self,outline)\n  _set_texts(self,_dflt_texts() if texts is _HAS_DEFAULT_FACTORY else texts)\n  _set_family(self,family)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_path, _type_id, _type_based_on, MISSING, _HAS_DEFAULT_FACTORY, _set_path, _set_id, _set_based_on, _return_type):
 def __init__(self,*,path:_type_path,id:_type_id,based_on:_type_based_on)->_return_type:
  _set_path(self,path)
  _set_id(self,id)
  _set_based_on(self,based_on)
 return __init__


INITS['def __create_fn__(_type_path, _type_id, _type_based_on, MISSING, _HAS_DEFAULT_FACTORY, _set_path, _set_id, _set_based_on, _return_type):\n def __init__(self,*,path:_type_path,id:_type_id,based_on:_type_based_on)->_return_type:\n  _set_path(self,path)\n  _set_id(self,id)\n  _set_based_on(self,based_on)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_path, _type_key, MISSING, _HAS_DEFAULT_FACTORY, _set_path, _dflt_key, _set_key, _return_type):
 def __init__(self,*,path:_type_path,key:_type_key=_dflt_key)->_return_type:
  _set_path(self,path)
  _set_key(self,key)
 return __init__


INITS['def __create_fn__(_type_path, _type_key, MISSING, _HAS_DEFAULT_FACTORY, _set_path, _dflt_key, _set_key, _return_type):\n def __init__(self,*,path:_type_path,key:_type_key=_dflt_key)->_return_type:\n  _set_path(self,path)\n  _set_key(self,key)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_path, _type_line, _type_col, _type_end_line, _type_end_col, MISSING, _HAS_DEFAULT_FACTORY, _set_path, _set_line, _set_col, _set_end_line, _set_end_col, _return_type):
 def __init__(self,path:_type_path,line:_type_line,col:_type_col,end_line:_type_end_line,end_col:_type_end_col)->_return_type:
  _set_path(self,path)
  _set_line(self,line)
  _set_col(self,col)
  _set_end_line(self,end_line)
  _set_end_col(self,end_col)
 return __init__


INITS['def __create_fn__(_type_path, _type_line, _type_col, _type_end_line, _type_end_col, MISSING, _HAS_DEFAULT_FACTORY, _set_path, _set_line, _set_col, _set_end_line, _set_end_col, _return_type):\n def __init__(self,path:_type_path,line:_type_line,col:_type_col,end_line:_type_end_line,end_col:_type_end_col)->_return_type:\n  _set_path(self,path)\n  _set_line(self,line)\n  _set_col(self,col)\n  _set_end_line(self,end_line)\n  _set_end_col(self,end_col)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_path, _type_name, _type_folder, _type_text, _type_digest, _type_facts, _type_parsed, MISSING, _HAS_DEFAULT_FACTORY, _set_path, _set_name, _set_folder, _set_text, _set_digest, _set_facts, _dflt_parsed, _set_parsed, _return_type):
 def __init__(self,*,path:_type_path,name:_type_name,folder:_type_folder,text:_type_text,digest:_type_digest,facts:_type_facts,parsed:_type_parsed=_dflt_parsed)->_return_type:
  _set_path(self,path)
  _set_name(self,name)
  _set_folder(self,folder)
  _set_text(self,text)
  _set_digest(self,digest)
  _set_facts(self,facts)
  _set_parsed(self,parsed)
 return __init__


INITS['def __create_fn__(_type_path, _type_name, _type_folder, _type_text, _type_digest, _type_facts, _type_parsed, MISSING, _HAS_DEFAULT_FACTORY, _set_path, _set_name, _set_folder, _set_text, _set_digest, _set_facts, _dflt_parsed, _set_parsed, _return_type):\n def __init__(self,*,path:_type_path,name:_type_name,folder:_type_folder,text:_type_text,digest:_type_digest,facts:_type_facts,parsed:_type_parsed=_dflt_parsed)->_return_type:\n  _set_path(self,path)\n  _set_name(self,name)\n  _set_folder(self,folder)\n  _set_text(self,text)\n  _set_digest(self,digest)\n  _set_facts(self,facts)\n  _set_parsed(self,parsed)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_path, _type_ok, _type_summary, _type_diagnostics, MISSING, _HAS_DEFAULT_FACTORY, _set_path, _set_ok, _set_summary, _set_diagnostics, _return_type):
 def __init__(self,*,path:_type_path,ok:_type_ok,summary:_type_summary,diagnostics:_type_diagnostics)->_return_type:
  _set_path(self,path)
  _set_ok(self,ok)
  _set_summary(self,summary)
  _set_diagnostics(self,diagnostics)
 return __init__


INITS['def __create_fn__(_type_path, _type_ok, _type_summary, _type_diagnostics, MISSING, _HAS_DEFAULT_FACTORY, _set_path, _set_ok, _set_summary, _set_diagnostics, _return_type):\n def __init__(self,*,path:_type_path,ok:_type_ok,summary:_type_summary,diagnostics:_type_diagnostics)->_return_type:\n  _set_path(self,path)\n  _set_ok(self,ok)\n  _set_summary(self,summary)\n  _set_diagnostics(self,diagnostics)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_path, _type_service, _type_framework, _type_fieldwork, _type_note, _type_population, _type_source, _type_lead_inspector, _type_digest, _type_judgements, _type_counts, _type_discretion, _type_not_inspected, _type_cases, _type_quoted_numbers, _type_table, _type_locator, MISSING, _HAS_DEFAULT_FACTORY, _set_path, _set_service, _dflt_framework, _set_framework, _dflt_fieldwork, _set_fieldwork, _dflt_note, _set_note, _dflt_population, _set_population, _dflt_source, _set_source, _dflt_lead_inspector, _set_lead_inspector, _dflt_digest, _set_digest, _dflt_judgements, _set_judgements, _dflt_counts, _set_counts, _dflt_discretion, _set_discretion, _dflt_not_inspected, _set_not_inspected, _dflt_cases, _set_cases, _dflt_quoted_numbers, _set_quoted_numbers, _set_table, _set_locator, _return_type):
 def __init__(self,*,path:_type_path,service:_type_service,framework:_type_framework=_dflt_framework,fieldwork:_type_fieldwork=_dflt_fieldwork,note:_type_note=_dflt_note,population:_type_population=_HAS_DEFAULT_FACTORY,source:_type_source=_dflt_source,lead_inspector:_type_lead_inspector=_dflt_lead_inspector,digest:_type_digest=_dflt_digest,judgements:_type_judgements=_HAS_DEFAULT_FACTORY,counts:_type_counts=_HAS_DEFAULT_FACTORY,discretion:_type_discretion=_HAS_DEFAULT_FACTORY,not_inspected:_type_not_inspected=_HAS_DEFAULT_FACTORY,cases:_type_cases=_dflt_cases,quoted_numbers:_type_quoted_numbers=_HAS_DEFAULT_FACTORY,table:_type_table,locator:_type_locator)->_return_type:
  _set_path(self,path)
  _set_service(self,service)
  _set_framework(self,framework)
  _set_fieldwork(self,fieldwork)
  _set_note(self,note)
  _set_population(self,_dflt_population() if population is _HAS_DEFAULT_FACTORY else population)
  _set_source(self,source)
  _set_lead_inspector(self,lead_inspector)
  _set_digest(self,digest)
  _set_judgements(self,_dflt_judgements() if judgements is _HAS_DEFAULT_FACTORY else judgements)
  _set_counts(self,_dflt_counts() if counts is _HAS_DEFAULT_FACTORY else counts)
  _set_discretion(self,_dflt_discretion() if discretion is _HAS_DEFAULT_FACTORY else discretion)
  _set_not_inspected(self,_dflt_not_inspected() if not_inspected is _HAS_DEFAULT_FACTORY else not_inspected)
  _set_cases(self,cases)
  _set_quoted_numbers(self,_dflt_quoted_numbers() if quoted_numbers is _HAS_DEFAULT_FACTORY else quoted_numbers)
  _set_table(self,table)
  _set_locator(self,locator)
 return __init__


INITS['def __create_fn__(_type_path, _type_service, _type_framework, _type_fieldwork, _type_note, _type_population, _type_source, _type_lead_inspector, _type_digest, _type_judgements, _type_counts, _type_discretion, _type_not_inspected, _type_cases, _type_quoted_numbers, _type_table, _type_locator, MISSING, _HAS_DEFAULT_FACTORY, _set_path, _set_service, _dflt_framework, _set_framework, _dflt_fieldwork, _set_fieldwork, _dflt_note, _set_note, _dflt_population, _set_population, _dflt_source, _set_source, _dflt_lead_inspector, _set_lead_inspector, _dflt_digest, _set_digest, _dflt_judgements, _set_judgements, _dflt_counts, _set_counts, _dflt_discretion, _set_discretion, _dflt_not_inspected, _set_not_inspected, _dflt_cases, _set_cases, _dflt_quoted_numbers, _set_quoted_numbers, _set_table, _set_locator, _return_type):\n def __init__(self,*,path:_type_path,service:_type_service,framework:_type_framework=_dflt_framework,fieldwork:_type_fieldwork=_dflt_fieldwork,note:_type_note=_dflt_note,population:_type_population=_HAS_DEFAULT_FACTORY,source:_type_source=_dflt_source,lead_inspector:_type_lead_inspector=_dflt_lead_inspector,digest:_type_digest=_dflt_digest,judgements:_type_judgements=_HAS_DEFAULT_FACTORY,counts:_type_counts=_HAS_DEFAULT_FACTORY,discretion:_type_discretion=_HAS_DEFAULT_FACTORY,not_inspected:_type_not_inspected=_HAS_DEFAULT_FACTORY,cases:_type_cases=_dflt_cases,quoted_numbers:_type_quoted_numbers=_HAS_DEFAULT_FACTORY,table:_type_table,locator:_type_locator)->_return_type:\n  _set_path(self,path)\n  _set_service(self,service)\n  _set_framework(self,framework)\n  _set_fieldwork(self,fieldwork)\n  _set_note(self,note)\n  _set_population(self,_dflt_population() if population is _HAS_DEFAULT_FACTORY else population)\n  _set_source(self,source)\n  _set_lead_inspector(self,lead_inspector)\n  _set_digest(self,digest)\n  _set_judgements(self,_dflt_judgements() if judgements is _HAS_DEFAULT_FACTORY else judgements)\n  _set_counts(self,_dflt_counts() if counts is _HAS_DEFAULT_FACTORY else counts)\n  _set_discretion(self,_dflt_discretion() if discretion is _HAS_DEFAULT_FACTORY else discretion)\n  _set_not_inspected(self,_dflt_not_inspected() if not_inspected is _HAS_DEFAULT_FACTORY else not_inspected)\n  _set_cases(self,cases)\n  _set_quoted_numbers(self,_dflt_quoted_numbers() if quoted_numbers is _HAS_DEFAULT_FACTORY else quoted_numbers)\n  _set_table(self,table)\n  _set_locator(self,locator)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_path, _type_service, _type_moves, _type_undetermined, _type_notes, _type_error, _type_sha256, MISSING, _HAS_DEFAULT_FACTORY, _set_path, _set_service, _dflt_moves, _set_moves, _dflt_undetermined, _set_undetermined, _dflt_notes, _set_notes, _dflt_error, _set_error, _dflt_sha256, _set_sha256, _return_type):
 def __init__(self,*,path:_type_path,service:_type_service,moves:_type_moves=_dflt_moves,undetermined:_type_undetermined=_dflt_undetermined,notes:_type_notes=_dflt_notes,error:_type_error=_dflt_error,sha256:_type_sha256=_dflt_sha256)->_return_type:
  _set_path(self,path)
  _set_service(self,service)
  _set_moves(self,moves)
  _set_undetermined(self,undetermined)
  _set_notes(self,notes)
  _set_error(self,error)
  _set_sha256(self,sha256)
 return __init__


INITS['def __create_fn__(_type_path, _type_service, _type_moves, _type_undetermined, _type_notes, _type_error, _type_sha256, MISSING, _HAS_DEFAULT_FACTORY, _set_path, _set_service, _dflt_moves, _set_moves, _dflt_undetermined, _set_undetermined, _dflt_notes, _set_notes, _dflt_error, _set_error, _dflt_sha256, _set_sha256, _return_type):\n def __init__(self,*,path:_type_path,service:_type_service,moves:_type_moves=_dflt_moves,undetermined:_type_undetermined=_dflt_undetermined,notes:_type_notes=_dflt_notes,error:_type_error=_dflt_error,sha256:_type_sha256=_dflt_sha256)->_return_type:\n  _set_path(self,path)\n  _set_service(self,service)\n  _set_moves(self,moves)\n  _set_undetermined(self,undetermined)\n  _set_notes(self,notes)\n  _set_error(self,error)\n  _set_sha256(self,sha256)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_path, _type_sha256, _type_id, MISSING, _HAS_DEFAULT_FACTORY, _set_path, _set_sha256, _dflt_id, _set_id, _return_type):
 def __init__(self,*,path:_type_path,sha256:_type_sha256,id:_type_id=_dflt_id)->_return_type:
  _set_path(self,path)
  _set_sha256(self,sha256)
  _set_id(self,id)
 return __init__


INITS['def __create_fn__(_type_path, _type_sha256, _type_id, MISSING, _HAS_DEFAULT_FACTORY, _set_path, _set_sha256, _dflt_id, _set_id, _return_type):\n def __init__(self,*,path:_type_path,sha256:_type_sha256,id:_type_id=_dflt_id)->_return_type:\n  _set_path(self,path)\n  _set_sha256(self,sha256)\n  _set_id(self,id)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_path, _type_sha256, _type_short, _type_id, MISSING, _HAS_DEFAULT_FACTORY, _set_path, _set_sha256, _set_short, _dflt_id, _set_id, _return_type):
 def __init__(self,*,path:_type_path,sha256:_type_sha256,short:_type_short,id:_type_id=_dflt_id)->_return_type:
  _set_path(self,path)
  _set_sha256(self,sha256)
  _set_short(self,short)
  _set_id(self,id)
 return __init__


INITS['def __create_fn__(_type_path, _type_sha256, _type_short, _type_id, MISSING, _HAS_DEFAULT_FACTORY, _set_path, _set_sha256, _set_short, _dflt_id, _set_id, _return_type):\n def __init__(self,*,path:_type_path,sha256:_type_sha256,short:_type_short,id:_type_id=_dflt_id)->_return_type:\n  _set_path(self,path)\n  _set_sha256(self,sha256)\n  _set_short(self,short)\n  _set_id(self,id)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_plan, _type_versions, MISSING, _HAS_DEFAULT_FACTORY, _set_plan, _set_versions, _return_type):
 def __init__(self,*,plan:_type_plan,versions:_type_versions)->_return_type:
  _set_plan(self,plan)
  _set_versions(self,versions)
 return __init__


INITS['def __create_fn__(_type_plan, _type_versions, MISSING, _HAS_DEFAULT_FACTORY, _set_plan, _set_versions, _return_type):\n def __init__(self,*,plan:_type_plan,versions:_type_versions)->_return_type:\n  _set_plan(self,plan)\n  _set_versions(self,versions)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_quantifier, _type_count, _type_parts, _type_domains, _type_rating, _type_direction, _type_ratings, _type_span, MISSING, _HAS_DEFAULT_FACTORY, _set_quantifier, _dflt_count, _set_count, _set_parts, _dflt_domains, _set_domains, _set_rating, _dflt_direction, _set_direction, _set_ratings, _dflt_span, _set_span, _return_type):
 def __init__(self,*,quantifier:_type_quantifier,count:_type_count=_dflt_count,parts:_type_parts,domains:_type_domains=_dflt_domains,rating:_type_rating,direction:_type_direction=_dflt_direction,ratings:_type_ratings,span:_type_span=_dflt_span)->_return_type:
  _set_quantifier(self,quantifier)
  _set_count(self,count)
  _set_parts(self,parts)
  _set_domains(self,domains)
  _set_rating(self,rating)
  _set_direction(self,direction)
  _set_ratings(self,ratings)
  _set_span(self,span)
 return __init__


INITS['def __create_fn__(_type_quantifier, _type_count, _type_parts, _type_domains, _type_rating, _type_direction, _type_ratings, _type_span, MISSING, _HAS_DEFAULT_FACTORY, _set_quantifier, _dflt_count, _set_count, _set_parts, _dflt_domains, _set_domains, _set_rating, _dflt_direction, _set_direction, _set_ratings, _dflt_span, _set_span, _return_type):\n def __init__(self,*,quantifier:_type_quantifier,count:_type_count=_dflt_count,parts:_type_parts,domains:_type_domains=_dflt_domains,rating:_type_rating,direction:_type_direction=_dflt_direction,ratings:_type_ratings,span:_type_span=_dflt_span)->_return_type:\n  _set_quantifier(self,quantifier)\n  _set_count(self,count)\n  _set_parts(self,parts)\n  _set_domains(self,domains)\n  _set_rating(self,rating)\n  _set_direction(self,direction)\n  _set_ratings(self,ratings)\n  _set_span(self,span)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_rating, _type_evidence, _type_characteristics, _type_report_line, _type_scores, _type_percent, MISSING, _HAS_DEFAULT_FACTORY, _set_rating, _set_evidence, _set_characteristics, _set_report_line, _dflt_scores, _set_scores, _dflt_percent, _set_percent, _return_type):
 def __init__(self,*,rating:_type_rating,evidence:_type_evidence,characteristics:_type_characteristics,report_line:_type_report_line,scores:_type_scores=_dflt_scores,percent:_type_percent=_dflt_percent)->_return_type:
  _set_rating(self,rating)
  _set_evidence(self,evidence)
  _set_characteristics(self,characteristics)
  _set_report_line(self,report_line)
  _set_scores(self,scores)
  _set_percent(self,percent)
 return __init__


INITS['def __create_fn__(_type_rating, _type_evidence, _type_characteristics, _type_report_line, _type_scores, _type_percent, MISSING, _HAS_DEFAULT_FACTORY, _set_rating, _set_evidence, _set_characteristics, _set_report_line, _dflt_scores, _set_scores, _dflt_percent, _set_percent, _return_type):\n def __init__(self,*,rating:_type_rating,evidence:_type_evidence,characteristics:_type_characteristics,report_line:_type_report_line,scores:_type_scores=_dflt_scores,percent:_type_percent=_dflt_percent)->_return_type:\n  _set_rating(self,rating)\n  _set_evidence(self,evidence)\n  _set_characteristics(self,characteristics)\n  _set_report_line(self,report_line)\n  _set_scores(self,scores)\n  _set_percent(self,percent)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_rating, _type_reason, _type_override, _type_line, MISSING, _HAS_DEFAULT_FACTORY, _set_rating, _set_reason, _dflt_override, _set_override, _dflt_line, _set_line, _return_type):
 def __init__(self,*,rating:_type_rating,reason:_type_reason,override:_type_override=_dflt_override,line:_type_line=_dflt_line)->_return_type:
  _set_rating(self,rating)
  _set_reason(self,reason)
  _set_override(self,override)
  _set_line(self,line)
 return __init__


INITS['def __create_fn__(_type_rating, _type_reason, _type_override, _type_line, MISSING, _HAS_DEFAULT_FACTORY, _set_rating, _set_reason, _dflt_override, _set_override, _dflt_line, _set_line, _return_type):\n def __init__(self,*,rating:_type_rating,reason:_type_reason,override:_type_override=_dflt_override,line:_type_line=_dflt_line)->_return_type:\n  _set_rating(self,rating)\n  _set_reason(self,reason)\n  _set_override(self,override)\n  _set_line(self,line)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_rating, _type_score, _type_max, _type_scores, _type_band_rule, _type_missing, _type_undetermined, _type_given, _type_row, _type_limits, _type_plan, MISSING, _HAS_DEFAULT_FACTORY, _set_rating, _set_score, _set_max, _set_scores, _set_band_rule, _dflt_missing, _set_missing, _dflt_undetermined, _set_undetermined, _dflt_given, _set_given, _dflt_row, _set_row, _dflt_limits, _set_limits, _dflt_plan, _set_plan, _return_type):
 def __init__(self,*,rating:_type_rating,score:_type_score,max:_type_max,scores:_type_scores,band_rule:_type_band_rule,missing:_type_missing=_dflt_missing,undetermined:_type_undetermined=_dflt_undetermined,given:_type_given=_dflt_given,row:_type_row=_dflt_row,limits:_type_limits=_dflt_limits,plan:_type_plan=_dflt_plan)->_return_type:
  _set_rating(self,rating)
  _set_score(self,score)
  _set_max(self,max)
  _set_scores(self,scores)
  _set_band_rule(self,band_rule)
  _set_missing(self,missing)
  _set_undetermined(self,undetermined)
  _set_given(self,given)
  _set_row(self,row)
  _set_limits(self,limits)
  _set_plan(self,plan)
 return __init__


INITS['def __create_fn__(_type_rating, _type_score, _type_max, _type_scores, _type_band_rule, _type_missing, _type_undetermined, _type_given, _type_row, _type_limits, _type_plan, MISSING, _HAS_DEFAULT_FACTORY, _set_rating, _set_score, _set_max, _set_scores, _set_band_rule, _dflt_missing, _set_missing, _dflt_undetermined, _set_undetermined, _dflt_given, _set_given, _dflt_row, _set_row, _dflt_limits, _set_limits, _dflt_plan, _set_plan, _return_type):\n def __init__(self,*,rating:_type_rating,score:_type_score,max:_type_max,scores:_type_scores,band_rule:_type_band_rule,missing:_type_missing=_dflt_missing,undetermined:_type_undetermined=_dflt_undetermined,given:_type_given=_dflt_given,row:_type_row=_dflt_row,limits:_type_limits=_dflt_limits,plan:_type_plan=_dflt_plan)->_return_type:\n  _set_rating(self,rating)\n  _set_score(self,score)\n  _set_max(self,max)\n  _set_scores(self,scores)\n  _set_band_rule(self,band_rule)\n  _set_missing(self,missing)\n  _set_undetermined(self,undetermined)\n  _set_given(self,given)\n  _set_row(self,row)\n  _set_limits(self,limits)\n  _set_plan(self,plan)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_rating, _type_score, _type_score_figure, _type_score_phrase, _type_score_heading, _type_label, _type_set_by, _type_source, MISSING, _HAS_DEFAULT_FACTORY, _set_rating, _set_score, _set_score_figure, _set_score_phrase, _set_score_heading, _dflt_label, _set_label, _dflt_set_by, _set_set_by, _dflt_source, _set_source, _return_type):
 def __init__(self,*,rating:_type_rating,score:_type_score,score_figure:_type_score_figure,score_phrase:_type_score_phrase,score_heading:_type_score_heading,label:_type_label=_dflt_label,set_by:_type_set_by=_dflt_set_by,source:_type_source=_dflt_source)->_return_type:
  _set_rating(self,rating)
  _set_score(self,score)
  _set_score_figure(self,score_figure)
  _set_score_phrase(self,score_phrase)
  _set_score_heading(self,score_heading)
  _set_label(self,label)
  _set_set_by(self,set_by)
  _set_source(self,source)
 return __init__


INITS['def __create_fn__(_type_rating, _type_score, _type_score_figure, _type_score_phrase, _type_score_heading, _type_label, _type_set_by, _type_source, MISSING, _HAS_DEFAULT_FACTORY, _set_rating, _set_score, _set_score_figure, _set_score_phrase, _set_score_heading, _dflt_label, _set_label, _dflt_set_by, _set_set_by, _dflt_source, _set_source, _return_type):\n def __init__(self,*,rating:_type_rating,score:_type_score,score_figure:_type_score_figure,score_phrase:_type_score_phrase,score_heading:_type_score_heading,label:_type_label=_dflt_label,set_by:_type_set_by=_dflt_set_by,source:_type_source=_dflt_source)->_return_type:\n  _set_rating(self,rating)\n  _set_score(self,score)\n  _set_score_figure(self,score_figure)\n  _set_score_phrase(self,score_phrase)\n  _set_score_heading(self,score_heading)\n  _set_label(self,label)\n  _set_set_by(self,set_by)\n  _set_source(self,source)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_rating, _type_scores, _type_evidence, _type_line, _type_key, MISSING, _HAS_DEFAULT_FACTORY, _dflt_rating, _set_rating, _dflt_scores, _set_scores, _dflt_evidence, _set_evidence, _dflt_line, _set_line, _dflt_key, _set_key, _return_type):
 def __init__(self,*,rating:_type_rating=_dflt_rating,scores:_type_scores=_dflt_scores,evidence:_type_evidence=_dflt_evidence,line:_type_line=_dflt_line,key:_type_key=_dflt_key)->_return_type:
  _set_rating(self,rating)
  _set_scores(self,scores)
  _set_evidence(self,evidence)
  _set_line(self,line)
  _set_key(self,key)
 return __init__


INITS['def __create_fn__(_type_rating, _type_scores, _type_evidence, _type_line, _type_key, MISSING, _HAS_DEFAULT_FACTORY, _dflt_rating, _set_rating, _dflt_scores, _set_scores, _dflt_evidence, _set_evidence, _dflt_line, _set_line, _dflt_key, _set_key, _return_type):\n def __init__(self,*,rating:_type_rating=_dflt_rating,scores:_type_scores=_dflt_scores,evidence:_type_evidence=_dflt_evidence,line:_type_line=_dflt_line,key:_type_key=_dflt_key)->_return_type:\n  _set_rating(self,rating)\n  _set_scores(self,scores)\n  _set_evidence(self,evidence)\n  _set_line(self,line)\n  _set_key(self,key)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_rating, _type_text, MISSING, _HAS_DEFAULT_FACTORY, _set_rating, _set_text, _return_type):
 def __init__(self,*,rating:_type_rating,text:_type_text)->_return_type:
  _set_rating(self,rating)
  _set_text(self,text)
 return __init__


INITS['def __create_fn__(_type_rating, _type_text, MISSING, _HAS_DEFAULT_FACTORY, _set_rating, _set_text, _return_type):\n def __init__(self,*,rating:_type_rating,text:_type_text)->_return_type:\n  _set_rating(self,rating)\n  _set_text(self,text)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_rating, _type_when, _type_cite, _type_says, _type_span, MISSING, _HAS_DEFAULT_FACTORY, _set_rating, _set_when, _dflt_cite, _set_cite, _dflt_says, _set_says, _dflt_span, _set_span, _return_type):
 def __init__(self,*,rating:_type_rating,when:_type_when,cite:_type_cite=_dflt_cite,says:_type_says=_dflt_says,span:_type_span=_dflt_span)->_return_type:
  _set_rating(self,rating)
  _set_when(self,when)
  _set_cite(self,cite)
  _set_says(self,says)
  _set_span(self,span)
 return __init__


INITS['def __create_fn__(_type_rating, _type_when, _type_cite, _type_says, _type_span, MISSING, _HAS_DEFAULT_FACTORY, _set_rating, _set_when, _dflt_cite, _set_cite, _dflt_says, _set_says, _dflt_span, _set_span, _return_type):\n def __init__(self,*,rating:_type_rating,when:_type_when,cite:_type_cite=_dflt_cite,says:_type_says=_dflt_says,span:_type_span=_dflt_span)->_return_type:\n  _set_rating(self,rating)\n  _set_when(self,when)\n  _set_cite(self,cite)\n  _set_says(self,says)\n  _set_span(self,span)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_rating, _type_when, _type_cite, _type_span, MISSING, _HAS_DEFAULT_FACTORY, _set_rating, _dflt_when, _set_when, _dflt_cite, _set_cite, _dflt_span, _set_span, _return_type):
 def __init__(self,*,rating:_type_rating,when:_type_when=_dflt_when,cite:_type_cite=_dflt_cite,span:_type_span=_dflt_span)->_return_type:
  _set_rating(self,rating)
  _set_when(self,when)
  _set_cite(self,cite)
  _set_span(self,span)
 return __init__


INITS['def __create_fn__(_type_rating, _type_when, _type_cite, _type_span, MISSING, _HAS_DEFAULT_FACTORY, _set_rating, _dflt_when, _set_when, _dflt_cite, _set_cite, _dflt_span, _set_span, _return_type):\n def __init__(self,*,rating:_type_rating,when:_type_when=_dflt_when,cite:_type_cite=_dflt_cite,span:_type_span=_dflt_span)->_return_type:\n  _set_rating(self,rating)\n  _set_when(self,when)\n  _set_cite(self,cite)\n  _set_span(self,span)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_ratingbook, _type_fieldwork, _type_lead_inspector, _type_framework, _type_framework_files, _type_data, _type_report, MISSING, _HAS_DEFAULT_FACTORY, _set_ratingbook, _set_fieldwork, _set_lead_inspector, _set_framework, _set_framework_files, _set_data, _set_report, _return_type):
 def __init__(self,*,ratingbook:_type_ratingbook,fieldwork:_type_fieldwork,lead_inspector:_type_lead_inspector,framework:_type_framework,framework_files:_type_framework_files,data:_type_data,report:_type_report)->_return_type:
  _set_ratingbook(self,ratingbook)
  _set_fieldwork(self,fieldwork)
  _set_lead_inspector(self,lead_inspector)
  _set_framework(self,framework)
  _set_framework_files(self,framework_files)
  _set_data(self,data)
  _set_report(self,report)
 return __init__


INITS['def __create_fn__(_type_ratingbook, _type_fieldwork, _type_lead_inspector, _type_framework, _type_framework_files, _type_data, _type_report, MISSING, _HAS_DEFAULT_FACTORY, _set_ratingbook, _set_fieldwork, _set_lead_inspector, _set_framework, _set_framework_files, _set_data, _set_report, _return_type):\n def __init__(self,*,ratingbook:_type_ratingbook,fieldwork:_type_fieldwork,lead_inspector:_type_lead_inspector,framework:_type_framework,framework_files:_type_framework_files,data:_type_data,report:_type_report)->_return_type:\n  _set_ratingbook(self,ratingbook)\n  _set_fieldwork(self,fieldwork)\n  _set_lead_inspector(self,lead_inspector)\n  _set_framework(self,framework)\n  _set_framework_files(self,framework_files)\n  _set_data(self,data)\n  _set_report(self,report)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_ratingbook, _type_framework, _type_framework_files, _type_data, _type_fieldwork, _type_lead_inspector, _type_report, MISSING, _HAS_DEFAULT_FACTORY, _set_ratingbook, _set_framework, _set_framework_files, _set_data, _set_fieldwork, _set_lead_inspector, _set_report, _return_type):
 def __init__(self,*,ratingbook:_type_ratingbook,framework:_type_framework,framework_files:_type_framework_files,data:_type_data,fieldwork:_type_fieldwork,lead_inspector:_type_lead_inspector,report:_type_report)->_return_type:
  _set_ratingbook(self,ratingbook)
  _set_framework(self,framework)
  _set_framework_files(self,framework_files)
  _set_data(self,data)
  _set_fieldwork(self,fieldwork)
  _set_lead_inspector(self,lead_inspector)
  _set_report(self,report)
 return __init__


INITS['def __create_fn__(_type_ratingbook, _type_framework, _type_framework_files, _type_data, _type_fieldwork, _type_lead_inspector, _type_report, MISSING, _HAS_DEFAULT_FACTORY, _set_ratingbook, _set_framework, _set_framework_files, _set_data, _set_fieldwork, _set_lead_inspector, _set_report, _return_type):\n def __init__(self,*,ratingbook:_type_ratingbook,framework:_type_framework,framework_files:_type_framework_files,data:_type_data,fieldwork:_type_fieldwork,lead_inspector:_type_lead_inspector,report:_type_report)->_return_type:\n  _set_ratingbook(self,ratingbook)\n  _set_framework(self,framework)\n  _set_framework_files(self,framework_files)\n  _set_data(self,data)\n  _set_fieldwork(self,fieldwork)\n  _set_lead_inspector(self,lead_inspector)\n  _set_report(self,report)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_reason, _type_line, MISSING, _HAS_DEFAULT_FACTORY, _set_reason, _dflt_line, _set_line, _return_type):
 def __init__(self,*,reason:_type_reason,line:_type_line=_dflt_line)->_return_type:
  _set_reason(self,reason)
  _set_line(self,line)
 return __init__


INITS['def __create_fn__(_type_reason, _type_line, MISSING, _HAS_DEFAULT_FACTORY, _set_reason, _dflt_line, _set_line, _return_type):\n def __init__(self,*,reason:_type_reason,line:_type_line=_dflt_line)->_return_type:\n  _set_reason(self,reason)\n  _set_line(self,line)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_reason, _type_settle, _type_percent_low, _type_percent_high, _type_bands, _type_shares, MISSING, _HAS_DEFAULT_FACTORY, _set_reason, _set_settle, _set_percent_low, _set_percent_high, _set_bands, _dflt_shares, _set_shares, _return_type):
 def __init__(self,*,reason:_type_reason,settle:_type_settle,percent_low:_type_percent_low,percent_high:_type_percent_high,bands:_type_bands,shares:_type_shares=_dflt_shares)->_return_type:
  _set_reason(self,reason)
  _set_settle(self,settle)
  _set_percent_low(self,percent_low)
  _set_percent_high(self,percent_high)
  _set_bands(self,bands)
  _set_shares(self,shares)
 return __init__


INITS['def __create_fn__(_type_reason, _type_settle, _type_percent_low, _type_percent_high, _type_bands, _type_shares, MISSING, _HAS_DEFAULT_FACTORY, _set_reason, _set_settle, _set_percent_low, _set_percent_high, _set_bands, _dflt_shares, _set_shares, _return_type):\n def __init__(self,*,reason:_type_reason,settle:_type_settle,percent_low:_type_percent_low,percent_high:_type_percent_high,bands:_type_bands,shares:_type_shares=_dflt_shares)->_return_type:\n  _set_reason(self,reason)\n  _set_settle(self,settle)\n  _set_percent_low(self,percent_low)\n  _set_percent_high(self,percent_high)\n  _set_bands(self,bands)\n  _set_shares(self,shares)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_relation, _type_theirs, MISSING, _HAS_DEFAULT_FACTORY, _set_relation, _set_theirs, _return_type):
 def __init__(self,*,relation:_type_relation,theirs:_type_theirs)->_return_type:
  _set_relation(self,relation)
  _set_theirs(self,theirs)
 return __init__


INITS['def __create_fn__(_type_relation, _type_theirs, MISSING, _HAS_DEFAULT_FACTORY, _set_relation, _set_theirs, _return_type):\n def __init__(self,*,relation:_type_relation,theirs:_type_theirs)->_return_type:\n  _set_relation(self,relation)\n  _set_theirs(self,theirs)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_relevant, _type_yes, _type_percent, _type_line, MISSING, _HAS_DEFAULT_FACTORY, _dflt_relevant, _set_relevant, _dflt_yes, _set_yes, _dflt_percent, _set_percent, _dflt_line, _set_line, _return_type):
 def __init__(self,*,relevant:_type_relevant=_dflt_relevant,yes:_type_yes=_dflt_yes,percent:_type_percent=_dflt_percent,line:_type_line=_dflt_line)->_return_type:
  _set_relevant(self,relevant)
  _set_yes(self,yes)
  _set_percent(self,percent)
  _set_line(self,line)
 return __init__


INITS['def __create_fn__(_type_relevant, _type_yes, _type_percent, _type_line, MISSING, _HAS_DEFAULT_FACTORY, _dflt_relevant, _set_relevant, _dflt_yes, _set_yes, _dflt_percent, _set_percent, _dflt_line, _set_line, _return_type):\n def __init__(self,*,relevant:_type_relevant=_dflt_relevant,yes:_type_yes=_dflt_yes,percent:_type_percent=_dflt_percent,line:_type_line=_dflt_line)->_return_type:\n  _set_relevant(self,relevant)\n  _set_yes(self,yes)\n  _set_percent(self,percent)\n  _set_line(self,line)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_result, MISSING, _HAS_DEFAULT_FACTORY, _set_result, _return_type):
 def __init__(self,*,result:_type_result)->_return_type:
  _set_result(self,result)
 return __init__


INITS['def __create_fn__(_type_result, MISSING, _HAS_DEFAULT_FACTORY, _set_result, _return_type):\n def __init__(self,*,result:_type_result)->_return_type:\n  _set_result(self,result)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_result, _type_files, _type_paths, _type_folders, _type_documents, _type_whole, MISSING, _HAS_DEFAULT_FACTORY, _set_result, _set_files, _set_paths, _set_folders, _set_documents, _set_whole, _return_type):
 def __init__(self,*,result:_type_result,files:_type_files,paths:_type_paths,folders:_type_folders,documents:_type_documents,whole:_type_whole)->_return_type:
  _set_result(self,result)
  _set_files(self,files)
  _set_paths(self,paths)
  _set_folders(self,folders)
  _set_documents(self,documents)
  _set_whole(self,whole)
 return __init__


INITS['def __create_fn__(_type_result, _type_files, _type_paths, _type_folders, _type_documents, _type_whole, MISSING, _HAS_DEFAULT_FACTORY, _set_result, _set_files, _set_paths, _set_folders, _set_documents, _set_whole, _return_type):\n def __init__(self,*,result:_type_result,files:_type_files,paths:_type_paths,folders:_type_folders,documents:_type_documents,whole:_type_whole)->_return_type:\n  _set_result(self,result)\n  _set_files(self,files)\n  _set_paths(self,paths)\n  _set_folders(self,folders)\n  _set_documents(self,documents)\n  _set_whole(self,whole)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_result, _type_root, _type_item, _type_depth, _type_only, MISSING, _HAS_DEFAULT_FACTORY, _set_result, _set_root, _dflt_item, _set_item, _dflt_depth, _set_depth, _dflt_only, _set_only, _return_type):
 def __init__(self,*,result:_type_result,root:_type_root,item:_type_item=_dflt_item,depth:_type_depth=_dflt_depth,only:_type_only=_dflt_only)->_return_type:
  _set_result(self,result)
  _set_root(self,root)
  _set_item(self,item)
  _set_depth(self,depth)
  _set_only(self,only)
 return __init__


INITS['def __create_fn__(_type_result, _type_root, _type_item, _type_depth, _type_only, MISSING, _HAS_DEFAULT_FACTORY, _set_result, _set_root, _dflt_item, _set_item, _dflt_depth, _set_depth, _dflt_only, _set_only, _return_type):\n def __init__(self,*,result:_type_result,root:_type_root,item:_type_item=_dflt_item,depth:_type_depth=_dflt_depth,only:_type_only=_dflt_only)->_return_type:\n  _set_result(self,result)\n  _set_root(self,root)\n  _set_item(self,item)\n  _set_depth(self,depth)\n  _set_only(self,only)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_role, _type_file, MISSING, _HAS_DEFAULT_FACTORY, _set_role, _set_file, _return_type):
 def __init__(self,*,role:_type_role,file:_type_file)->_return_type:
  _set_role(self,role)
  _set_file(self,file)
 return __init__


INITS['def __create_fn__(_type_role, _type_file, MISSING, _HAS_DEFAULT_FACTORY, _set_role, _set_file, _return_type):\n def __init__(self,*,role:_type_role,file:_type_file)->_return_type:\n  _set_role(self,role)\n  _set_file(self,file)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_root, _type_draft, _type_draft_id, _type_based_on, _type_files, MISSING, _HAS_DEFAULT_FACTORY, _set_root, _set_draft, _set_draft_id, _set_based_on, _set_files, _return_type):
 def __init__(self,*,root:_type_root,draft:_type_draft,draft_id:_type_draft_id,based_on:_type_based_on,files:_type_files)->_return_type:
  _set_root(self,root)
  _set_draft(self,draft)
  _set_draft_id(self,draft_id)
  _set_based_on(self,based_on)
  _set_files(self,files)
 return __init__


INITS['def __create_fn__(_type_root, _type_draft, _type_draft_id, _type_based_on, _type_files, MISSING, _HAS_DEFAULT_FACTORY, _set_root, _set_draft, _set_draft_id, _set_based_on, _set_files, _return_type):\n def __init__(self,*,root:_type_root,draft:_type_draft,draft_id:_type_draft_id,based_on:_type_based_on,files:_type_files)->_return_type:\n  _set_root(self,root)\n  _set_draft(self,draft)\n  _set_draft_id(self,draft_id)\n  _set_based_on(self,based_on)\n  _set_files(self,files)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_root, _type_file, _type_shown, _type_versions, _type_sources, _type_inspections, _type_expectations, _type_replaces, _type_named, MISSING, _HAS_DEFAULT_FACTORY, _set_root, _set_file, _set_shown, _set_versions, _set_sources, _set_inspections, _set_expectations, _set_replaces, _set_named, _return_type):
 def __init__(self,*,root:_type_root,file:_type_file,shown:_type_shown,versions:_type_versions,sources:_type_sources,inspections:_type_inspections,expectations:_type_expectations,replaces:_type_replaces,named:_type_named)->_return_type:
  _set_root(self,root)
  _set_file(self,file)
  _set_shown(self,shown)
  _set_versions(self,versions)
  _set_sources(self,sources)
  _set_inspections(self,inspections)
  _set_expectations(self,expectations)
  _set_replaces(self,replaces)
  _set_named(self,named)
 return __init__


INITS['def __create_fn__(_type_root, _type_file, _type_shown, _type_versions, _type_sources, _type_inspections, _type_expectations, _type_replaces, _type_named, MISSING, _HAS_DEFAULT_FACTORY, _set_root, _set_file, _set_shown, _set_versions, _set_sources, _set_inspections, _set_expectations, _set_replaces, _set_named, _return_type):\n def __init__(self,*,root:_type_root,file:_type_file,shown:_type_shown,versions:_type_versions,sources:_type_sources,inspections:_type_inspections,expectations:_type_expectations,replaces:_type_replaces,named:_type_named)->_return_type:\n  _set_root(self,root)\n  _set_file(self,file)\n  _set_shown(self,shown)\n  _set_versions(self,versions)\n  _set_sources(self,sources)\n  _set_inspections(self,inspections)\n  _set_expectations(self,expectations)\n  _set_replaces(self,replaces)\n  _set_named(self,named)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_root, _type_label, MISSING, _HAS_DEFAULT_FACTORY, _set_root, _set_label, _return_type):
 def __init__(self,*,root:_type_root,label:_type_label)->_return_type:
  _set_root(self,root)
  _set_label(self,label)
 return __init__


INITS['def __create_fn__(_type_root, _type_label, MISSING, _HAS_DEFAULT_FACTORY, _set_root, _set_label, _return_type):\n def __init__(self,*,root:_type_root,label:_type_label)->_return_type:\n  _set_root(self,root)\n  _set_label(self,label)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_root, _type_open_levels, MISSING, _HAS_DEFAULT_FACTORY, _set_root, _set_open_levels, _return_type):
 def __init__(self,*,root:_type_root,open_levels:_type_open_levels)->_return_type:
  _set_root(self,root)
  _set_open_levels(self,open_levels)
 return __init__


INITS['def __create_fn__(_type_root, _type_open_levels, MISSING, _HAS_DEFAULT_FACTORY, _set_root, _set_open_levels, _return_type):\n def __init__(self,*,root:_type_root,open_levels:_type_open_levels)->_return_type:\n  _set_root(self,root)\n  _set_open_levels(self,open_levels)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_rounding, _type_bands, _type_rounding_span, _type_says, MISSING, _HAS_DEFAULT_FACTORY, _set_rounding, _set_bands, _dflt_rounding_span, _set_rounding_span, _dflt_says, _set_says, _return_type):
 def __init__(self,*,rounding:_type_rounding,bands:_type_bands,rounding_span:_type_rounding_span=_dflt_rounding_span,says:_type_says=_dflt_says)->_return_type:
  _set_rounding(self,rounding)
  _set_bands(self,bands)
  _set_rounding_span(self,rounding_span)
  _set_says(self,says)
 return __init__


INITS['def __create_fn__(_type_rounding, _type_bands, _type_rounding_span, _type_says, MISSING, _HAS_DEFAULT_FACTORY, _set_rounding, _set_bands, _dflt_rounding_span, _set_rounding_span, _dflt_says, _set_says, _return_type):\n def __init__(self,*,rounding:_type_rounding,bands:_type_bands,rounding_span:_type_rounding_span=_dflt_rounding_span,says:_type_says=_dflt_says)->_return_type:\n  _set_rounding(self,rounding)\n  _set_bands(self,bands)\n  _set_rounding_span(self,rounding_span)\n  _set_says(self,says)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_rounding, _type_bands, _type_score, _type_names, _type_memo, MISSING, _HAS_DEFAULT_FACTORY, _set_rounding, _set_bands, _set_score, _set_names, _dflt_memo, _set_memo, _return_type):
 def __init__(self,rounding:_type_rounding,bands:_type_bands,score:_type_score,names:_type_names,memo:_type_memo=_HAS_DEFAULT_FACTORY)->_return_type:
  _set_rounding(self,rounding)
  _set_bands(self,bands)
  _set_score(self,score)
  _set_names(self,names)
  _set_memo(self,_dflt_memo() if memo is _HAS_DEFAULT_FACTORY else memo)
 return __init__


INITS['def __create_fn__(_type_rounding, _type_bands, _type_score, _type_names, _type_memo, MISSING, _HAS_DEFAULT_FACTORY, _set_rounding, _set_bands, _set_score, _set_names, _dflt_memo, _set_memo, _return_type):\n def __init__(self,rounding:_type_rounding,bands:_type_bands,score:_type_score,names:_type_names,memo:_type_memo=_HAS_DEFAULT_FACTORY)->_return_type:\n  _set_rounding(self,rounding)\n  _set_bands(self,bands)\n  _set_score(self,score)\n  _set_names(self,names)\n  _set_memo(self,_dflt_memo() if memo is _HAS_DEFAULT_FACTORY else memo)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_scope, _type_scores, MISSING, _HAS_DEFAULT_FACTORY, _set_scope, _set_scores, _return_type):
 def __init__(self,scope:_type_scope,scores:_type_scores)->_return_type:
  _set_scope(self,scope)
  _set_scores(self,scores)
 return __init__


INITS['def __create_fn__(_type_scope, _type_scores, MISSING, _HAS_DEFAULT_FACTORY, _set_scope, _set_scores, _return_type):\n def __init__(self,scope:_type_scope,scores:_type_scores)->_return_type:\n  _set_scope(self,scope)\n  _set_scores(self,scores)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_score, _type_band, _type_row, _type_given, _type_limits, _type_rating, MISSING, _HAS_DEFAULT_FACTORY, _set_score, _set_band, _set_row, _set_given, _set_limits, _set_rating, _return_type):
 def __init__(self,score:_type_score,band:_type_band,row:_type_row,given:_type_given,limits:_type_limits,rating:_type_rating)->_return_type:
  _set_score(self,score)
  _set_band(self,band)
  _set_row(self,row)
  _set_given(self,given)
  _set_limits(self,limits)
  _set_rating(self,rating)
 return __init__


INITS['def __create_fn__(_type_score, _type_band, _type_row, _type_given, _type_limits, _type_rating, MISSING, _HAS_DEFAULT_FACTORY, _set_score, _set_band, _set_row, _set_given, _set_limits, _set_rating, _return_type):\n def __init__(self,score:_type_score,band:_type_band,row:_type_row,given:_type_given,limits:_type_limits,rating:_type_rating)->_return_type:\n  _set_score(self,score)\n  _set_band(self,band)\n  _set_row(self,row)\n  _set_given(self,given)\n  _set_limits(self,limits)\n  _set_rating(self,rating)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_scores, _type_percentage, _type_rounding, _type_bands, _type_standard_rules, _type_standards_scored, _type_overall_low, _type_overall_high, _type_overall, _type_overall_bands, _type_discretion, _type_discretion_triggers, MISSING, _HAS_DEFAULT_FACTORY, _set_scores, _set_percentage, _set_rounding, _set_bands, _set_standard_rules, _set_standards_scored, _set_overall_low, _set_overall_high, _set_overall, _set_overall_bands, _set_discretion, _set_discretion_triggers, _return_type):
 def __init__(self,*,scores:_type_scores,percentage:_type_percentage,rounding:_type_rounding,bands:_type_bands,standard_rules:_type_standard_rules,standards_scored:_type_standards_scored,overall_low:_type_overall_low,overall_high:_type_overall_high,overall:_type_overall,overall_bands:_type_overall_bands,discretion:_type_discretion,discretion_triggers:_type_discretion_triggers)->_return_type:
  _set_scores(self,scores)
  _set_percentage(self,percentage)
  _set_rounding(self,rounding)
  _set_bands(self,bands)
  _set_standard_rules(self,standard_rules)
  _set_standards_scored(self,standards_scored)
  _set_overall_low(self,overall_low)
  _set_overall_high(self,overall_high)
  _set_overall(self,overall)
  _set_overall_bands(self,overall_bands)
  _set_discretion(self,discretion)
  _set_discretion_triggers(self,discretion_triggers)
 return __init__


INITS['def __create_fn__(_type_scores, _type_percentage, _type_rounding, _type_bands, _type_standard_rules, _type_standards_scored, _type_overall_low, _type_overall_high, _type_overall, _type_overall_bands, _type_discretion, _type_discretion_triggers, MISSING, _HAS_DEFAULT_FACTORY, _set_scores, _set_percentage, _set_rounding, _set_bands, _set_standard_rules, _set_standards_scored, _set_overall_low, _set_overall_high, _set_overall, _set_overall_bands, _set_discretion, _set_discretion_triggers, _return_type):\n def __init__(self,*,scores:_type_scores,percentage:_type_percentage,rounding:_type_rounding,bands:_type_bands,standard_rules:_type_standard_rules,standards_scored:_type_standards_scored,overall_low:_type_overall_low,overall_high:_type_overall_high,overall:_type_overall,overall_bands:_type_overall_bands,discretion:_type_discretion,discretion_triggers:_type_discretion_triggers)->_return_type:\n  _set_scores(self,scores)\n  _set_percentage(self,percentage)\n  _set_rounding(self,rounding)\n  _set_bands(self,bands)\n  _set_standard_rules(self,standard_rules)\n  _set_standards_scored(self,standards_scored)\n  _set_overall_low(self,overall_low)\n  _set_overall_high(self,overall_high)\n  _set_overall(self,overall)\n  _set_overall_bands(self,overall_bands)\n  _set_discretion(self,discretion)\n  _set_discretion_triggers(self,discretion_triggers)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_service, _type_framework_id, _type_framework_title, _type_framework_path, _type_inspection, _type_item, _type_depth, _type_only, _type_summary, _type_figures, _type_tree, _type_findings, _type_audit, _type_scale, MISSING, _HAS_DEFAULT_FACTORY, _set_service, _set_framework_id, _set_framework_title, _set_framework_path, _set_inspection, _set_item, _set_depth, _set_only, _set_summary, _set_figures, _set_tree, _set_findings, _set_audit, _set_scale, _return_type):
 def __init__(self,*,service:_type_service,framework_id:_type_framework_id,framework_title:_type_framework_title,framework_path:_type_framework_path,inspection:_type_inspection,item:_type_item,depth:_type_depth,only:_type_only,summary:_type_summary,figures:_type_figures,tree:_type_tree,findings:_type_findings,audit:_type_audit,scale:_type_scale)->_return_type:
  _set_service(self,service)
  _set_framework_id(self,framework_id)
  _set_framework_title(self,framework_title)
  _set_framework_path(self,framework_path)
  _set_inspection(self,inspection)
  _set_item(self,item)
  _set_depth(self,depth)
  _set_only(self,only)
  _set_summary(self,summary)
  _set_figures(self,figures)
  _set_tree(self,tree)
  _set_findings(self,findings)
  _set_audit(self,audit)
  _set_scale(self,scale)
 return __init__


INITS['def __create_fn__(_type_service, _type_framework_id, _type_framework_title, _type_framework_path, _type_inspection, _type_item, _type_depth, _type_only, _type_summary, _type_figures, _type_tree, _type_findings, _type_audit, _type_scale, MISSING, _HAS_DEFAULT_FACTORY, _set_service, _set_framework_id, _set_framework_title, _set_framework_path, _set_inspection, _set_item, _set_depth, _set_only, _set_summary, _set_figures, _set_tree, _set_findings, _set_audit, _set_scale, _return_type):\n def __init__(self,*,service:_type_service,framework_id:_type_framework_id,framework_title:_type_framework_title,framework_path:_type_framework_path,inspection:_type_inspection,item:_type_item,depth:_type_depth,only:_type_only,summary:_type_summary,figures:_type_figures,tree:_type_tree,findings:_type_findings,audit:_type_audit,scale:_type_scale)->_return_type:\n  _set_service(self,service)\n  _set_framework_id(self,framework_id)\n  _set_framework_title(self,framework_title)\n  _set_framework_path(self,framework_path)\n  _set_inspection(self,inspection)\n  _set_item(self,item)\n  _set_depth(self,depth)\n  _set_only(self,only)\n  _set_summary(self,summary)\n  _set_figures(self,figures)\n  _set_tree(self,tree)\n  _set_findings(self,findings)\n  _set_audit(self,audit)\n  _set_scale(self,scale)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_service, _type_framework_id, _type_framework_title, _type_framework_path, _type_inspection, _type_overall, _type_domains, _type_discretion, _type_undetermined, _type_legend, _type_findings, _type_bands, _type_charts, _type_audit, _type_provenance, _type_scale, _type_result, _type_only, _type_depth, _type_shown_cases, MISSING, _HAS_DEFAULT_FACTORY, _set_service, _set_framework_id, _set_framework_title, _set_framework_path, _set_inspection, _set_overall, _set_domains, _set_discretion, _set_undetermined, _set_legend, _set_findings, _set_bands, _set_charts, _set_audit, _set_provenance, _set_scale, _set_result, _dflt_only, _set_only, _dflt_depth, _set_depth, _dflt_shown_cases, _set_shown_cases, _return_type):
 def __init__(self,*,service:_type_service,framework_id:_type_framework_id,framework_title:_type_framework_title,framework_path:_type_framework_path,inspection:_type_inspection,overall:_type_overall,domains:_type_domains,discretion:_type_discretion,undetermined:_type_undetermined,legend:_type_legend,findings:_type_findings,bands:_type_bands,charts:_type_charts,audit:_type_audit,provenance:_type_provenance,scale:_type_scale,result:_type_result,only:_type_only=_dflt_only,depth:_type_depth=_dflt_depth,shown_cases:_type_shown_cases=_dflt_shown_cases)->_return_type:
  _set_service(self,service)
  _set_framework_id(self,framework_id)
  _set_framework_title(self,framework_title)
  _set_framework_path(self,framework_path)
  _set_inspection(self,inspection)
  _set_overall(self,overall)
  _set_domains(self,domains)
  _set_discretion(self,discretion)
  _set_undetermined(self,undetermined)
  _set_legend(self,legend)
  _set_findings(self,findings)
  _set_bands(self,bands)
  _set_charts(self,charts)
  _set_audit(self,audit)
  _set_provenance(self,provenance)
  _set_scale(self,scale)
  _set_result(self,result)
  _set_only(self,only)
  _set_depth(self,depth)
  _set_shown_cases(self,shown_cases)
 return __init__


INITS['def __create_fn__(_type_service, _type_framework_id, _type_framework_title, _type_framework_path, _type_inspection, _type_overall, _type_domains, _type_discretion, _type_undetermined, _type_legend, _type_findings, _type_bands, _type_charts, _type_audit, _type_provenance, _type_scale, _type_result, _type_only, _type_depth, _type_shown_cases, MISSING, _HAS_DEFAULT_FACTORY, _set_service, _set_framework_id, _set_framework_title, _set_framework_path, _set_inspection, _set_overall, _set_domains, _set_discretion, _set_undetermined, _set_legend, _set_findings, _set_bands, _set_charts, _set_audit, _set_provenance, _set_scale, _set_result, _dflt_only, _set_only, _dflt_depth, _set_depth, _dflt_shown_cases, _set_shown_cases, _return_type):\n def __init__(self,*,service:_type_service,framework_id:_type_framework_id,framework_title:_type_framework_title,framework_path:_type_framework_path,inspection:_type_inspection,overall:_type_overall,domains:_type_domains,discretion:_type_discretion,undetermined:_type_undetermined,legend:_type_legend,findings:_type_findings,bands:_type_bands,charts:_type_charts,audit:_type_audit,provenance:_type_provenance,scale:_type_scale,result:_type_result,only:_type_only=_dflt_only,depth:_type_depth=_dflt_depth,shown_cases:_type_shown_cases=_dflt_shown_cases)->_return_type:\n  _set_service(self,service)\n  _set_framework_id(self,framework_id)\n  _set_framework_title(self,framework_title)\n  _set_framework_path(self,framework_path)\n  _set_inspection(self,inspection)\n  _set_overall(self,overall)\n  _set_domains(self,domains)\n  _set_discretion(self,discretion)\n  _set_undetermined(self,undetermined)\n  _set_legend(self,legend)\n  _set_findings(self,findings)\n  _set_bands(self,bands)\n  _set_charts(self,charts)\n  _set_audit(self,audit)\n  _set_provenance(self,provenance)\n  _set_scale(self,scale)\n  _set_result(self,result)\n  _set_only(self,only)\n  _set_depth(self,depth)\n  _set_shown_cases(self,shown_cases)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_severity, _type_code, _type_message, _type_path, _type_key, MISSING, _HAS_DEFAULT_FACTORY, _set_severity, _set_code, _set_message, _set_path, _set_key, _return_type):
 def __init__(self,*,severity:_type_severity,code:_type_code,message:_type_message,path:_type_path,key:_type_key)->_return_type:
  _set_severity(self,severity)
  _set_code(self,code)
  _set_message(self,message)
  _set_path(self,path)
  _set_key(self,key)
 return __init__


INITS['def __create_fn__(_type_severity, _type_code, _type_message, _type_path, _type_key, MISSING, _HAS_DEFAULT_FACTORY, _set_severity, _set_code, _set_message, _set_path, _set_key, _return_type):\n def __init__(self,*,severity:_type_severity,code:_type_code,message:_type_message,path:_type_path,key:_type_key)->_return_type:\n  _set_severity(self,severity)\n  _set_code(self,code)\n  _set_message(self,message)\n  _set_path(self,path)\n  _set_key(self,key)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_severity, _type_code, _type_message, _type_span, _type_notes, _type_fix, MISSING, _HAS_DEFAULT_FACTORY, _set_severity, _set_code, _set_message, _dflt_span, _set_span, _dflt_notes, _set_notes, _dflt_fix, _set_fix, _return_type):
 def __init__(self,*,severity:_type_severity,code:_type_code,message:_type_message,span:_type_span=_dflt_span,notes:_type_notes=_dflt_notes,fix:_type_fix=_dflt_fix)->_return_type:
  _set_severity(self,severity)
  _set_code(self,code)
  _set_message(self,message)
  _set_span(self,span)
  _set_notes(self,notes)
  _set_fix(self,fix)
  self.__post_init__()
 return __init__


INITS['def __create_fn__(_type_severity, _type_code, _type_message, _type_span, _type_notes, _type_fix, MISSING, _HAS_DEFAULT_FACTORY, _set_severity, _set_code, _set_message, _dflt_span, _set_span, _dflt_notes, _set_notes, _dflt_fix, _set_fix, _return_type):\n def __init__(self,*,severity:_type_severity,code:_type_code,message:_type_message,span:_type_span=_dflt_span,notes:_type_notes=_dflt_notes,fix:_type_fix=_dflt_fix)->_return_type:\n  _set_severity(self,severity)\n  _set_code(self,code)\n  _set_message(self,message)\n  _set_span(self,span)\n  _set_notes(self,notes)\n  _set_fix(self,fix)\n  self.__post_init__()\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_severity, _type_code, _type_message, _type_where, MISSING, _HAS_DEFAULT_FACTORY, _set_severity, _set_code, _set_message, _set_where, _return_type):
 def __init__(self,*,severity:_type_severity,code:_type_code,message:_type_message,where:_type_where)->_return_type:
  _set_severity(self,severity)
  _set_code(self,code)
  _set_message(self,message)
  _set_where(self,where)
 return __init__


INITS['def __create_fn__(_type_severity, _type_code, _type_message, _type_where, MISSING, _HAS_DEFAULT_FACTORY, _set_severity, _set_code, _set_message, _set_where, _return_type):\n def __init__(self,*,severity:_type_severity,code:_type_code,message:_type_message,where:_type_where)->_return_type:\n  _set_severity(self,severity)\n  _set_code(self,code)\n  _set_message(self,message)\n  _set_where(self,where)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_shown, _type_total, _type_one_case, _type_every_case, MISSING, _HAS_DEFAULT_FACTORY, _set_shown, _set_total, _set_one_case, _set_every_case, _return_type):
 def __init__(self,*,shown:_type_shown,total:_type_total,one_case:_type_one_case,every_case:_type_every_case)->_return_type:
  _set_shown(self,shown)
  _set_total(self,total)
  _set_one_case(self,one_case)
  _set_every_case(self,every_case)
 return __init__


INITS['def __create_fn__(_type_shown, _type_total, _type_one_case, _type_every_case, MISSING, _HAS_DEFAULT_FACTORY, _set_shown, _set_total, _set_one_case, _set_every_case, _return_type):\n def __init__(self,*,shown:_type_shown,total:_type_total,one_case:_type_one_case,every_case:_type_every_case)->_return_type:\n  _set_shown(self,shown)\n  _set_total(self,total)\n  _set_one_case(self,one_case)\n  _set_every_case(self,every_case)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_side, _type_line, _type_column, MISSING, _HAS_DEFAULT_FACTORY, _set_side, _set_line, _set_column, _return_type):
 def __init__(self,side:_type_side,line:_type_line,column:_type_column)->_return_type:
  _set_side(self,side)
  _set_line(self,line)
  _set_column(self,column)
 return __init__


INITS['def __create_fn__(_type_side, _type_line, _type_column, MISSING, _HAS_DEFAULT_FACTORY, _set_side, _set_line, _set_column, _return_type):\n def __init__(self,side:_type_side,line:_type_line,column:_type_column)->_return_type:\n  _set_side(self,side)\n  _set_line(self,line)\n  _set_column(self,column)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_side, _type_where, MISSING, _HAS_DEFAULT_FACTORY, _set_side, _set_where, _return_type):
 def __init__(self,*,side:_type_side,where:_type_where)->_return_type:
  _set_side(self,side)
  _set_where(self,where)
 return __init__


INITS['def __create_fn__(_type_side, _type_where, MISSING, _HAS_DEFAULT_FACTORY, _set_side, _set_where, _return_type):\n def __init__(self,*,side:_type_side,where:_type_where)->_return_type:\n  _set_side(self,side)\n  _set_where(self,where)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_source, _type_first, _type_last, MISSING, _HAS_DEFAULT_FACTORY, _set_source, _set_first, _set_last, _return_type):
 def __init__(self,*,source:_type_source,first:_type_first,last:_type_last)->_return_type:
  _set_source(self,source)
  _set_first(self,first)
  _set_last(self,last)
 return __init__


INITS['def __create_fn__(_type_source, _type_first, _type_last, MISSING, _HAS_DEFAULT_FACTORY, _set_source, _set_first, _set_last, _return_type):\n def __init__(self,*,source:_type_source,first:_type_first,last:_type_last)->_return_type:\n  _set_source(self,source)\n  _set_first(self,first)\n  _set_last(self,last)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_spans, _type_style, _type_no_wrap, _type_overflow, MISSING, _HAS_DEFAULT_FACTORY, _set_spans, _dflt_style, _set_style, _dflt_no_wrap, _set_no_wrap, _dflt_overflow, _set_overflow, _return_type):
 def __init__(self,*,spans:_type_spans,style:_type_style=_dflt_style,no_wrap:_type_no_wrap=_dflt_no_wrap,overflow:_type_overflow=_dflt_overflow)->_return_type:
  _set_spans(self,spans)
  _set_style(self,style)
  _set_no_wrap(self,no_wrap)
  _set_overflow(self,overflow)
 return __init__


INITS['def __create_fn__(_type_spans, _type_style, _type_no_wrap, _type_overflow, MISSING, _HAS_DEFAULT_FACTORY, _set_spans, _dflt_style, _set_style, _dflt_no_wrap, _set_no_wrap, _dflt_overflow, _set_overflow, _return_type):\n def __init__(self,*,spans:_type_spans,style:_type_style=_dflt_style,no_wrap:_type_no_wrap=_dflt_no_wrap,overflow:_type_overflow=_dflt_overflow)->_return_type:\n  _set_spans(self,spans)\n  _set_style(self,style)\n  _set_no_wrap(self,no_wrap)\n  _set_overflow(self,overflow)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_standard, _type_domain, _type_rule, _type_form, _type_key_questions, _type_in_policy, _type_kq_policy, _type_kq_ids, _type_framework_id, _type_characteristics, MISSING, _HAS_DEFAULT_FACTORY, _set_standard, _set_domain, _set_rule, _set_form, _set_key_questions, _set_in_policy, _set_kq_policy, _set_kq_ids, _set_framework_id, _set_characteristics, _return_type):
 def __init__(self,*,standard:_type_standard,domain:_type_domain,rule:_type_rule,form:_type_form,key_questions:_type_key_questions,in_policy:_type_in_policy,kq_policy:_type_kq_policy,kq_ids:_type_kq_ids,framework_id:_type_framework_id,characteristics:_type_characteristics)->_return_type:
  _set_standard(self,standard)
  _set_domain(self,domain)
  _set_rule(self,rule)
  _set_form(self,form)
  _set_key_questions(self,key_questions)
  _set_in_policy(self,in_policy)
  _set_kq_policy(self,kq_policy)
  _set_kq_ids(self,kq_ids)
  _set_framework_id(self,framework_id)
  _set_characteristics(self,characteristics)
 return __init__


INITS['def __create_fn__(_type_standard, _type_domain, _type_rule, _type_form, _type_key_questions, _type_in_policy, _type_kq_policy, _type_kq_ids, _type_framework_id, _type_characteristics, MISSING, _HAS_DEFAULT_FACTORY, _set_standard, _set_domain, _set_rule, _set_form, _set_key_questions, _set_in_policy, _set_kq_policy, _set_kq_ids, _set_framework_id, _set_characteristics, _return_type):\n def __init__(self,*,standard:_type_standard,domain:_type_domain,rule:_type_rule,form:_type_form,key_questions:_type_key_questions,in_policy:_type_in_policy,kq_policy:_type_kq_policy,kq_ids:_type_kq_ids,framework_id:_type_framework_id,characteristics:_type_characteristics)->_return_type:\n  _set_standard(self,standard)\n  _set_domain(self,domain)\n  _set_rule(self,rule)\n  _set_form(self,form)\n  _set_key_questions(self,key_questions)\n  _set_in_policy(self,in_policy)\n  _set_kq_policy(self,kq_policy)\n  _set_kq_ids(self,kq_ids)\n  _set_framework_id(self,framework_id)\n  _set_characteristics(self,characteristics)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_standard, _type_judgements, _type_rating_from, _type_rating_to, _type_banded_from, _type_banded_to, _type_decision_set_aside, _type_steps, MISSING, _HAS_DEFAULT_FACTORY, _set_standard, _set_judgements, _set_rating_from, _set_rating_to, _set_banded_from, _set_banded_to, _set_decision_set_aside, _set_steps, _return_type):
 def __init__(self,*,standard:_type_standard,judgements:_type_judgements,rating_from:_type_rating_from,rating_to:_type_rating_to,banded_from:_type_banded_from,banded_to:_type_banded_to,decision_set_aside:_type_decision_set_aside,steps:_type_steps)->_return_type:
  _set_standard(self,standard)
  _set_judgements(self,judgements)
  _set_rating_from(self,rating_from)
  _set_rating_to(self,rating_to)
  _set_banded_from(self,banded_from)
  _set_banded_to(self,banded_to)
  _set_decision_set_aside(self,decision_set_aside)
  _set_steps(self,steps)
 return __init__


INITS['def __create_fn__(_type_standard, _type_judgements, _type_rating_from, _type_rating_to, _type_banded_from, _type_banded_to, _type_decision_set_aside, _type_steps, MISSING, _HAS_DEFAULT_FACTORY, _set_standard, _set_judgements, _set_rating_from, _set_rating_to, _set_banded_from, _set_banded_to, _set_decision_set_aside, _set_steps, _return_type):\n def __init__(self,*,standard:_type_standard,judgements:_type_judgements,rating_from:_type_rating_from,rating_to:_type_rating_to,banded_from:_type_banded_from,banded_to:_type_banded_to,decision_set_aside:_type_decision_set_aside,steps:_type_steps)->_return_type:\n  _set_standard(self,standard)\n  _set_judgements(self,judgements)\n  _set_rating_from(self,rating_from)\n  _set_rating_to(self,rating_to)\n  _set_banded_from(self,banded_from)\n  _set_banded_to(self,banded_to)\n  _set_decision_set_aside(self,decision_set_aside)\n  _set_steps(self,steps)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_standards, _type_rating, _type_score_low, _type_score_high, MISSING, _HAS_DEFAULT_FACTORY, _set_standards, _set_rating, _set_score_low, _set_score_high, _return_type):
 def __init__(self,*,standards:_type_standards,rating:_type_rating,score_low:_type_score_low,score_high:_type_score_high)->_return_type:
  _set_standards(self,standards)
  _set_rating(self,rating)
  _set_score_low(self,score_low)
  _set_score_high(self,score_high)
 return __init__


INITS['def __create_fn__(_type_standards, _type_rating, _type_score_low, _type_score_high, MISSING, _HAS_DEFAULT_FACTORY, _set_standards, _set_rating, _set_score_low, _set_score_high, _return_type):\n def __init__(self,*,standards:_type_standards,rating:_type_rating,score_low:_type_score_low,score_high:_type_score_high)->_return_type:\n  _set_standards(self,standards)\n  _set_rating(self,rating)\n  _set_score_low(self,score_low)\n  _set_score_high(self,score_high)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_status, _type_symbol, _type_meaning, MISSING, _HAS_DEFAULT_FACTORY, _set_status, _set_symbol, _set_meaning, _return_type):
 def __init__(self,*,status:_type_status,symbol:_type_symbol,meaning:_type_meaning)->_return_type:
  _set_status(self,status)
  _set_symbol(self,symbol)
  _set_meaning(self,meaning)
 return __init__


INITS['def __create_fn__(_type_status, _type_symbol, _type_meaning, MISSING, _HAS_DEFAULT_FACTORY, _set_status, _set_symbol, _set_meaning, _return_type):\n def __init__(self,*,status:_type_status,symbol:_type_symbol,meaning:_type_meaning)->_return_type:\n  _set_status(self,status)\n  _set_symbol(self,symbol)\n  _set_meaning(self,meaning)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_suites, _type_seconds, _type_ratingbook, _type_frameworks, _type_data, MISSING, _HAS_DEFAULT_FACTORY, _set_suites, _set_seconds, _set_ratingbook, _set_frameworks, _set_data, _return_type):
 def __init__(self,*,suites:_type_suites,seconds:_type_seconds,ratingbook:_type_ratingbook,frameworks:_type_frameworks,data:_type_data)->_return_type:
  _set_suites(self,suites)
  _set_seconds(self,seconds)
  _set_ratingbook(self,ratingbook)
  _set_frameworks(self,frameworks)
  _set_data(self,data)
 return __init__


INITS['def __create_fn__(_type_suites, _type_seconds, _type_ratingbook, _type_frameworks, _type_data, MISSING, _HAS_DEFAULT_FACTORY, _set_suites, _set_seconds, _set_ratingbook, _set_frameworks, _set_data, _return_type):\n def __init__(self,*,suites:_type_suites,seconds:_type_seconds,ratingbook:_type_ratingbook,frameworks:_type_frameworks,data:_type_data)->_return_type:\n  _set_suites(self,suites)\n  _set_seconds(self,seconds)\n  _set_ratingbook(self,ratingbook)\n  _set_frameworks(self,frameworks)\n  _set_data(self,data)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_table, _type_side, _type_inspections, _type_cases, _type_rows, MISSING, _HAS_DEFAULT_FACTORY, _set_table, _set_side, _set_inspections, _set_cases, _set_rows, _return_type):
 def __init__(self,*,table:_type_table,side:_type_side,inspections:_type_inspections,cases:_type_cases,rows:_type_rows)->_return_type:
  _set_table(self,table)
  _set_side(self,side)
  _set_inspections(self,inspections)
  _set_cases(self,cases)
  _set_rows(self,rows)
 return __init__


INITS['def __create_fn__(_type_table, _type_side, _type_inspections, _type_cases, _type_rows, MISSING, _HAS_DEFAULT_FACTORY, _set_table, _set_side, _set_inspections, _set_cases, _set_rows, _return_type):\n def __init__(self,*,table:_type_table,side:_type_side,inspections:_type_inspections,cases:_type_cases,rows:_type_rows)->_return_type:\n  _set_table(self,table)\n  _set_side(self,side)\n  _set_inspections(self,inspections)\n  _set_cases(self,cases)\n  _set_rows(self,rows)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_text, _type_cite, MISSING, _HAS_DEFAULT_FACTORY, _set_text, _set_cite, _return_type):
 def __init__(self,*,text:_type_text,cite:_type_cite)->_return_type:
  _set_text(self,text)
  _set_cite(self,cite)
 return __init__


INITS['def __create_fn__(_type_text, _type_cite, MISSING, _HAS_DEFAULT_FACTORY, _set_text, _set_cite, _return_type):\n def __init__(self,*,text:_type_text,cite:_type_cite)->_return_type:\n  _set_text(self,text)\n  _set_cite(self,cite)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_text, _type_cite, _type_label, MISSING, _HAS_DEFAULT_FACTORY, _set_text, _set_cite, _dflt_label, _set_label, _return_type):
 def __init__(self,*,text:_type_text,cite:_type_cite,label:_type_label=_dflt_label)->_return_type:
  _set_text(self,text)
  _set_cite(self,cite)
  _set_label(self,label)
 return __init__


INITS['def __create_fn__(_type_text, _type_cite, _type_label, MISSING, _HAS_DEFAULT_FACTORY, _set_text, _set_cite, _dflt_label, _set_label, _return_type):\n def __init__(self,*,text:_type_text,cite:_type_cite,label:_type_label=_dflt_label)->_return_type:\n  _set_text(self,text)\n  _set_cite(self,cite)\n  _set_label(self,label)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_text, _type_cite, _type_span, MISSING, _HAS_DEFAULT_FACTORY, _set_text, _dflt_cite, _set_cite, _dflt_span, _set_span, _return_type):
 def __init__(self,*,text:_type_text,cite:_type_cite=_dflt_cite,span:_type_span=_dflt_span)->_return_type:
  _set_text(self,text)
  _set_cite(self,cite)
  _set_span(self,span)
 return __init__


INITS['def __create_fn__(_type_text, _type_cite, _type_span, MISSING, _HAS_DEFAULT_FACTORY, _set_text, _dflt_cite, _set_cite, _dflt_span, _set_span, _return_type):\n def __init__(self,*,text:_type_text,cite:_type_cite=_dflt_cite,span:_type_span=_dflt_span)->_return_type:\n  _set_text(self,text)\n  _set_cite(self,cite)\n  _set_span(self,span)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_text, _type_ratings, MISSING, _HAS_DEFAULT_FACTORY, _set_text, _dflt_ratings, _set_ratings, _return_type):
 def __init__(self,*,text:_type_text,ratings:_type_ratings=_dflt_ratings)->_return_type:
  _set_text(self,text)
  _set_ratings(self,ratings)
 return __init__


INITS['def __create_fn__(_type_text, _type_ratings, MISSING, _HAS_DEFAULT_FACTORY, _set_text, _dflt_ratings, _set_ratings, _return_type):\n def __init__(self,*,text:_type_text,ratings:_type_ratings=_dflt_ratings)->_return_type:\n  _set_text(self,text)\n  _set_ratings(self,ratings)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_text, _type_span, _type_framework, MISSING, _HAS_DEFAULT_FACTORY, _set_text, _set_span, _set_framework, _return_type):
 def __init__(self,*,text:_type_text,span:_type_span,framework:_type_framework)->_return_type:
  _set_text(self,text)
  _set_span(self,span)
  _set_framework(self,framework)
 return __init__


INITS['def __create_fn__(_type_text, _type_span, _type_framework, MISSING, _HAS_DEFAULT_FACTORY, _set_text, _set_span, _set_framework, _return_type):\n def __init__(self,*,text:_type_text,span:_type_span,framework:_type_framework)->_return_type:\n  _set_text(self,text)\n  _set_span(self,span)\n  _set_framework(self,framework)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_text, _type_value, MISSING, _HAS_DEFAULT_FACTORY, _set_text, _set_value, _return_type):
 def __init__(self,*,text:_type_text,value:_type_value)->_return_type:
  _set_text(self,text)
  _set_value(self,value)
 return __init__


INITS['def __create_fn__(_type_text, _type_value, MISSING, _HAS_DEFAULT_FACTORY, _set_text, _set_value, _return_type):\n def __init__(self,*,text:_type_text,value:_type_value)->_return_type:\n  _set_text(self,text)\n  _set_value(self,value)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_title, _type_columns, _type_rows, MISSING, _HAS_DEFAULT_FACTORY, _set_title, _set_columns, _set_rows, _return_type):
 def __init__(self,*,title:_type_title,columns:_type_columns,rows:_type_rows)->_return_type:
  _set_title(self,title)
  _set_columns(self,columns)
  _set_rows(self,rows)
 return __init__


INITS['def __create_fn__(_type_title, _type_columns, _type_rows, MISSING, _HAS_DEFAULT_FACTORY, _set_title, _set_columns, _set_rows, _return_type):\n def __init__(self,*,title:_type_title,columns:_type_columns,rows:_type_rows)->_return_type:\n  _set_title(self,title)\n  _set_columns(self,columns)\n  _set_rows(self,rows)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_title, _type_path, _type_data, _type_outcome, _type_error, _type_moves, _type_notes, _type_undetermined, MISSING, _HAS_DEFAULT_FACTORY, _set_title, _set_path, _set_data, _set_outcome, _set_error, _set_moves, _set_notes, _dflt_undetermined, _set_undetermined, _return_type):
 def __init__(self,*,title:_type_title,path:_type_path,data:_type_data,outcome:_type_outcome,error:_type_error,moves:_type_moves,notes:_type_notes,undetermined:_type_undetermined=_dflt_undetermined)->_return_type:
  _set_title(self,title)
  _set_path(self,path)
  _set_data(self,data)
  _set_outcome(self,outcome)
  _set_error(self,error)
  _set_moves(self,moves)
  _set_notes(self,notes)
  _set_undetermined(self,undetermined)
 return __init__


INITS['def __create_fn__(_type_title, _type_path, _type_data, _type_outcome, _type_error, _type_moves, _type_notes, _type_undetermined, MISSING, _HAS_DEFAULT_FACTORY, _set_title, _set_path, _set_data, _set_outcome, _set_error, _set_moves, _set_notes, _dflt_undetermined, _set_undetermined, _return_type):\n def __init__(self,*,title:_type_title,path:_type_path,data:_type_data,outcome:_type_outcome,error:_type_error,moves:_type_moves,notes:_type_notes,undetermined:_type_undetermined=_dflt_undetermined)->_return_type:\n  _set_title(self,title)\n  _set_path(self,path)\n  _set_data(self,data)\n  _set_outcome(self,outcome)\n  _set_error(self,error)\n  _set_moves(self,moves)\n  _set_notes(self,notes)\n  _set_undetermined(self,undetermined)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_value, _type_quoted, MISSING, _HAS_DEFAULT_FACTORY, _set_value, _dflt_quoted, _set_quoted, _return_type):
 def __init__(self,*,value:_type_value,quoted:_type_quoted=_dflt_quoted)->_return_type:
  _set_value(self,value)
  _set_quoted(self,quoted)
 return __init__


INITS['def __create_fn__(_type_value, _type_quoted, MISSING, _HAS_DEFAULT_FACTORY, _set_value, _dflt_quoted, _set_quoted, _return_type):\n def __init__(self,*,value:_type_value,quoted:_type_quoted=_dflt_quoted)->_return_type:\n  _set_value(self,value)\n  _set_quoted(self,quoted)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_values, _type_passes, _type__judges, MISSING, _HAS_DEFAULT_FACTORY, _set_values, _set_passes, _dflt__judges, _set__judges, _return_type):
 def __init__(self,*,values:_type_values,passes:_type_passes,_judges:_type__judges=_HAS_DEFAULT_FACTORY)->_return_type:
  _set_values(self,values)
  _set_passes(self,passes)
  _set__judges(self,_dflt__judges() if _judges is _HAS_DEFAULT_FACTORY else _judges)
 return __init__


INITS['def __create_fn__(_type_values, _type_passes, _type__judges, MISSING, _HAS_DEFAULT_FACTORY, _set_values, _set_passes, _dflt__judges, _set__judges, _return_type):\n def __init__(self,*,values:_type_values,passes:_type_passes,_judges:_type__judges=_HAS_DEFAULT_FACTORY)->_return_type:\n  _set_values(self,values)\n  _set_passes(self,passes)\n  _set__judges(self,_dflt__judges() if _judges is _HAS_DEFAULT_FACTORY else _judges)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_version, _type_targets, _type_covered, MISSING, _HAS_DEFAULT_FACTORY, _set_version, _set_targets, _set_covered, _return_type):
 def __init__(self,*,version:_type_version,targets:_type_targets,covered:_type_covered)->_return_type:
  _set_version(self,version)
  _set_targets(self,targets)
  _set_covered(self,covered)
 return __init__


INITS['def __create_fn__(_type_version, _type_targets, _type_covered, MISSING, _HAS_DEFAULT_FACTORY, _set_version, _set_targets, _set_covered, _return_type):\n def __init__(self,*,version:_type_version,targets:_type_targets,covered:_type_covered)->_return_type:\n  _set_version(self,version)\n  _set_targets(self,targets)\n  _set_covered(self,covered)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_view, MISSING, _HAS_DEFAULT_FACTORY, _set_view, _return_type):
 def __init__(self,*,view:_type_view)->_return_type:
  _set_view(self,view)
 return __init__


INITS['def __create_fn__(_type_view, MISSING, _HAS_DEFAULT_FACTORY, _set_view, _return_type):\n def __init__(self,*,view:_type_view)->_return_type:\n  _set_view(self,view)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_want, _type_kind, _type_statement, _type_words, _type_prefix, _type_start, _type_typed, _type_parent, _type_choices, _type_line_start, MISSING, _HAS_DEFAULT_FACTORY, _set_want, _dflt_kind, _set_kind, _dflt_statement, _set_statement, _dflt_words, _set_words, _dflt_prefix, _set_prefix, _dflt_start, _set_start, _dflt_typed, _set_typed, _dflt_parent, _set_parent, _dflt_choices, _set_choices, _dflt_line_start, _set_line_start, _return_type):
 def __init__(self,*,want:_type_want,kind:_type_kind=_dflt_kind,statement:_type_statement=_dflt_statement,words:_type_words=_dflt_words,prefix:_type_prefix=_dflt_prefix,start:_type_start=_dflt_start,typed:_type_typed=_dflt_typed,parent:_type_parent=_dflt_parent,choices:_type_choices=_dflt_choices,line_start:_type_line_start=_dflt_line_start)->_return_type:
  _set_want(self,want)
  _set_kind(self,kind)
  _set_statement(self,statement)
  _set_words(self,words)
  _set_prefix(self,prefix)
  _set_start(self,start)
  _set_typed(self,typed)
  _set_parent(self,parent)
  _set_choices(self,choices)
  _set_line_start(self,line_start)
 return __init__


INITS['def __create_fn__(_type_want, _type_kind, _type_statement, _type_words, _type_prefix, _type_start, _type_typed, _type_parent, _type_choices, _type_line_start, MISSING, _HAS_DEFAULT_FACTORY, _set_want, _dflt_kind, _set_kind, _dflt_statement, _set_statement, _dflt_words, _set_words, _dflt_prefix, _set_prefix, _dflt_start, _set_start, _dflt_typed, _set_typed, _dflt_parent, _set_parent, _dflt_choices, _set_choices, _dflt_line_start, _set_line_start, _return_type):\n def __init__(self,*,want:_type_want,kind:_type_kind=_dflt_kind,statement:_type_statement=_dflt_statement,words:_type_words=_dflt_words,prefix:_type_prefix=_dflt_prefix,start:_type_start=_dflt_start,typed:_type_typed=_dflt_typed,parent:_type_parent=_dflt_parent,choices:_type_choices=_dflt_choices,line_start:_type_line_start=_dflt_line_start)->_return_type:\n  _set_want(self,want)\n  _set_kind(self,kind)\n  _set_statement(self,statement)\n  _set_words(self,words)\n  _set_prefix(self,prefix)\n  _set_start(self,start)\n  _set_typed(self,typed)\n  _set_parent(self,parent)\n  _set_choices(self,choices)\n  _set_line_start(self,line_start)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_what, _type_expected, _type_got, _type_trace, MISSING, _HAS_DEFAULT_FACTORY, _set_what, _set_expected, _set_got, _set_trace, _return_type):
 def __init__(self,*,what:_type_what,expected:_type_expected,got:_type_got,trace:_type_trace)->_return_type:
  _set_what(self,what)
  _set_expected(self,expected)
  _set_got(self,got)
  _set_trace(self,trace)
 return __init__


INITS['def __create_fn__(_type_what, _type_expected, _type_got, _type_trace, MISSING, _HAS_DEFAULT_FACTORY, _set_what, _set_expected, _set_got, _set_trace, _return_type):\n def __init__(self,*,what:_type_what,expected:_type_expected,got:_type_got,trace:_type_trace)->_return_type:\n  _set_what(self,what)\n  _set_expected(self,expected)\n  _set_got(self,got)\n  _set_trace(self,trace)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_what, _type_value, _type_cite, _type_status, _type_where, _type_emphasised, MISSING, _HAS_DEFAULT_FACTORY, _set_what, _set_value, _set_cite, _set_status, _set_where, _set_emphasised, _return_type):
 def __init__(self,*,what:_type_what,value:_type_value,cite:_type_cite,status:_type_status,where:_type_where,emphasised:_type_emphasised)->_return_type:
  _set_what(self,what)
  _set_value(self,value)
  _set_cite(self,cite)
  _set_status(self,status)
  _set_where(self,where)
  _set_emphasised(self,emphasised)
 return __init__


INITS['def __create_fn__(_type_what, _type_value, _type_cite, _type_status, _type_where, _type_emphasised, MISSING, _HAS_DEFAULT_FACTORY, _set_what, _set_value, _set_cite, _set_status, _set_where, _set_emphasised, _return_type):\n def __init__(self,*,what:_type_what,value:_type_value,cite:_type_cite,status:_type_status,where:_type_where,emphasised:_type_emphasised)->_return_type:\n  _set_what(self,what)\n  _set_value(self,value)\n  _set_cite(self,cite)\n  _set_status(self,status)\n  _set_where(self,where)\n  _set_emphasised(self,emphasised)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_what, _type_value, _type_cite, _type_where, _type_status, _type_rule, MISSING, _HAS_DEFAULT_FACTORY, _set_what, _set_value, _set_cite, _set_where, _set_status, _set_rule, _return_type):
 def __init__(self,*,what:_type_what,value:_type_value,cite:_type_cite,where:_type_where,status:_type_status,rule:_type_rule)->_return_type:
  _set_what(self,what)
  _set_value(self,value)
  _set_cite(self,cite)
  _set_where(self,where)
  _set_status(self,status)
  _set_rule(self,rule)
 return __init__


INITS['def __create_fn__(_type_what, _type_value, _type_cite, _type_where, _type_status, _type_rule, MISSING, _HAS_DEFAULT_FACTORY, _set_what, _set_value, _set_cite, _set_where, _set_status, _set_rule, _return_type):\n def __init__(self,*,what:_type_what,value:_type_value,cite:_type_cite,where:_type_where,status:_type_status,rule:_type_rule)->_return_type:\n  _set_what(self,what)\n  _set_value(self,value)\n  _set_cite(self,cite)\n  _set_where(self,where)\n  _set_status(self,status)\n  _set_rule(self,rule)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_what, _type_value, _type_where, MISSING, _HAS_DEFAULT_FACTORY, _set_what, _set_value, _set_where, _return_type):
 def __init__(self,*,what:_type_what,value:_type_value,where:_type_where)->_return_type:
  _set_what(self,what)
  _set_value(self,value)
  _set_where(self,where)
 return __init__


INITS['def __create_fn__(_type_what, _type_value, _type_where, MISSING, _HAS_DEFAULT_FACTORY, _set_what, _set_value, _set_where, _return_type):\n def __init__(self,*,what:_type_what,value:_type_value,where:_type_where)->_return_type:\n  _set_what(self,what)\n  _set_value(self,value)\n  _set_where(self,where)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_what, _type_value, _type_where, _type_cite, _type_quoted, MISSING, _HAS_DEFAULT_FACTORY, _set_what, _set_value, _set_where, _dflt_cite, _set_cite, _dflt_quoted, _set_quoted, _return_type):
 def __init__(self,*,what:_type_what,value:_type_value,where:_type_where,cite:_type_cite=_dflt_cite,quoted:_type_quoted=_dflt_quoted)->_return_type:
  _set_what(self,what)
  _set_value(self,value)
  _set_where(self,where)
  _set_cite(self,cite)
  _set_quoted(self,quoted)
 return __init__


INITS['def __create_fn__(_type_what, _type_value, _type_where, _type_cite, _type_quoted, MISSING, _HAS_DEFAULT_FACTORY, _set_what, _set_value, _set_where, _dflt_cite, _set_cite, _dflt_quoted, _set_quoted, _return_type):\n def __init__(self,*,what:_type_what,value:_type_value,where:_type_where,cite:_type_cite=_dflt_cite,quoted:_type_quoted=_dflt_quoted)->_return_type:\n  _set_what(self,what)\n  _set_value(self,value)\n  _set_where(self,where)\n  _set_cite(self,cite)\n  _set_quoted(self,quoted)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_width, _type_color_system, _type_terminal, _type_no_color, _type_trim, _type_encoding, MISSING, _HAS_DEFAULT_FACTORY, _set_width, _set_color_system, _set_terminal, _set_no_color, _dflt_trim, _set_trim, _dflt_encoding, _set_encoding, _return_type):
 def __init__(self,*,width:_type_width,color_system:_type_color_system,terminal:_type_terminal,no_color:_type_no_color,trim:_type_trim=_dflt_trim,encoding:_type_encoding=_dflt_encoding)->_return_type:
  _set_width(self,width)
  _set_color_system(self,color_system)
  _set_terminal(self,terminal)
  _set_no_color(self,no_color)
  _set_trim(self,trim)
  _set_encoding(self,encoding)
 return __init__


INITS['def __create_fn__(_type_width, _type_color_system, _type_terminal, _type_no_color, _type_trim, _type_encoding, MISSING, _HAS_DEFAULT_FACTORY, _set_width, _set_color_system, _set_terminal, _set_no_color, _dflt_trim, _set_trim, _dflt_encoding, _set_encoding, _return_type):\n def __init__(self,*,width:_type_width,color_system:_type_color_system,terminal:_type_terminal,no_color:_type_no_color,trim:_type_trim=_dflt_trim,encoding:_type_encoding=_dflt_encoding)->_return_type:\n  _set_width(self,width)\n  _set_color_system(self,color_system)\n  _set_terminal(self,terminal)\n  _set_no_color(self,no_color)\n  _set_trim(self,trim)\n  _set_encoding(self,encoding)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_yes, _type_cost, _type_percent, _type_band, MISSING, _HAS_DEFAULT_FACTORY, _set_yes, _set_cost, _set_percent, _set_band, _return_type):
 def __init__(self,yes:_type_yes,cost:_type_cost,percent:_type_percent,band:_type_band)->_return_type:
  _set_yes(self,yes)
  _set_cost(self,cost)
  _set_percent(self,percent)
  _set_band(self,band)
 return __init__


INITS['def __create_fn__(_type_yes, _type_cost, _type_percent, _type_band, MISSING, _HAS_DEFAULT_FACTORY, _set_yes, _set_cost, _set_percent, _set_band, _return_type):\n def __init__(self,yes:_type_yes,cost:_type_cost,percent:_type_percent,band:_type_band)->_return_type:\n  _set_yes(self,yes)\n  _set_cost(self,cost)\n  _set_percent(self,percent)\n  _set_band(self,band)\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_yes, _type_relevant, _type_sampling, _type_prior, MISSING, _HAS_DEFAULT_FACTORY, _set_yes, _set_relevant, _set_sampling, _dflt_prior, _set_prior, _return_type):
 def __init__(self,*,yes:_type_yes,relevant:_type_relevant,sampling:_type_sampling,prior:_type_prior=_dflt_prior)->_return_type:
  _set_yes(self,yes)
  _set_relevant(self,relevant)
  _set_sampling(self,sampling)
  _set_prior(self,prior)
 return __init__


INITS['def __create_fn__(_type_yes, _type_relevant, _type_sampling, _type_prior, MISSING, _HAS_DEFAULT_FACTORY, _set_yes, _set_relevant, _set_sampling, _dflt_prior, _set_prior, _return_type):\n def __init__(self,*,yes:_type_yes,relevant:_type_relevant,sampling:_type_sampling,prior:_type_prior=_dflt_prior)->_return_type:\n  _set_yes(self,yes)\n  _set_relevant(self,relevant)\n  _set_sampling(self,sampling)\n  _set_prior(self,prior)\n return __init__'] = __create_fn__.__code__
