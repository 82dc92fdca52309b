"""The source of every record's ``__init__``, as ``ratingbook._record`` writes it, compiled
with the package (written by tools/compile_records.py; do not edit)."""
# mypy: ignore-errors
# Each function below is exactly the text that is its key, so that its code is the code
# compiling the text gives; the formatters leave this file alone (pyproject.toml).

INITS = {}

def __create_fn__(MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self)->_return_type:
  pass
 return __init__


INITS['def __create_fn__(MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self)->_return_type:\n  pass\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_all, _type_any, _type_not_, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,all:_type_all,any:_type_any,not_:_type_not_)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'all',all)
  __dataclass_builtins_object__.__setattr__(self,'any',any)
  __dataclass_builtins_object__.__setattr__(self,'not_',not_)
 return __init__


INITS["def __create_fn__(_type_all, _type_any, _type_not_, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,all:_type_all,any:_type_any,not_:_type_not_)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'all',all)\n  __dataclass_builtins_object__.__setattr__(self,'any',any)\n  __dataclass_builtins_object__.__setattr__(self,'not_',not_)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_at, _type_file, _type_key, _type_text, _type_digest, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,at:_type_at,file:_type_file,key:_type_key,text:_type_text,digest:_type_digest)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'at',at)
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'digest',digest)
 return __init__


INITS["def __create_fn__(_type_at, _type_file, _type_key, _type_text, _type_digest, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,at:_type_at,file:_type_file,key:_type_key,text:_type_text,digest:_type_digest)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'at',at)\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'digest',digest)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_atom, _type_scope_atom, _type_quantifier, _type_count, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,atom:_type_atom,scope_atom:_type_scope_atom,quantifier:_type_quantifier,count:_type_count)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'atom',atom)
  __dataclass_builtins_object__.__setattr__(self,'scope_atom',scope_atom)
  __dataclass_builtins_object__.__setattr__(self,'quantifier',quantifier)
  __dataclass_builtins_object__.__setattr__(self,'count',count)
 return __init__


INITS["def __create_fn__(_type_atom, _type_scope_atom, _type_quantifier, _type_count, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,atom:_type_atom,scope_atom:_type_scope_atom,quantifier:_type_quantifier,count:_type_count)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'atom',atom)\n  __dataclass_builtins_object__.__setattr__(self,'scope_atom',scope_atom)\n  __dataclass_builtins_object__.__setattr__(self,'quantifier',quantifier)\n  __dataclass_builtins_object__.__setattr__(self,'count',count)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_band, _type_percent, _type_relevant, _type_yes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_relevant, _dflt_yes, _return_type):
 def __init__(self,band:_type_band,percent:_type_percent,relevant:_type_relevant=_dflt_relevant,yes:_type_yes=_dflt_yes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'band',band)
  __dataclass_builtins_object__.__setattr__(self,'percent',percent)
  __dataclass_builtins_object__.__setattr__(self,'relevant',relevant)
  __dataclass_builtins_object__.__setattr__(self,'yes',yes)
 return __init__


INITS["def __create_fn__(_type_band, _type_percent, _type_relevant, _type_yes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_relevant, _dflt_yes, _return_type):\n def __init__(self,band:_type_band,percent:_type_percent,relevant:_type_relevant=_dflt_relevant,yes:_type_yes=_dflt_yes)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'band',band)\n  __dataclass_builtins_object__.__setattr__(self,'percent',percent)\n  __dataclass_builtins_object__.__setattr__(self,'relevant',relevant)\n  __dataclass_builtins_object__.__setattr__(self,'yes',yes)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_banded, _type_final, _type_cost, _type_set_aside, _type_changes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,banded:_type_banded,final:_type_final,cost:_type_cost,set_aside:_type_set_aside,changes:_type_changes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'banded',banded)
  __dataclass_builtins_object__.__setattr__(self,'final',final)
  __dataclass_builtins_object__.__setattr__(self,'cost',cost)
  __dataclass_builtins_object__.__setattr__(self,'set_aside',set_aside)
  __dataclass_builtins_object__.__setattr__(self,'changes',changes)
 return __init__


INITS["def __create_fn__(_type_banded, _type_final, _type_cost, _type_set_aside, _type_changes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,banded:_type_banded,final:_type_final,cost:_type_cost,set_aside:_type_set_aside,changes:_type_changes)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'banded',banded)\n  __dataclass_builtins_object__.__setattr__(self,'final',final)\n  __dataclass_builtins_object__.__setattr__(self,'cost',cost)\n  __dataclass_builtins_object__.__setattr__(self,'set_aside',set_aside)\n  __dataclass_builtins_object__.__setattr__(self,'changes',changes)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_bands, _type_shares, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_shares, _return_type):
 def __init__(self,bands:_type_bands,shares:_type_shares=_dflt_shares)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'bands',bands)
  __dataclass_builtins_object__.__setattr__(self,'shares',shares)
 return __init__


INITS["def __create_fn__(_type_bands, _type_shares, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_shares, _return_type):\n def __init__(self,bands:_type_bands,shares:_type_shares=_dflt_shares)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'bands',bands)\n  __dataclass_builtins_object__.__setattr__(self,'shares',shares)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_base, _type_candidate, _type_base_path, _type_candidate_path, _type_inspections, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,base:_type_base,candidate:_type_candidate,base_path:_type_base_path,candidate_path:_type_candidate_path,inspections:_type_inspections)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'base',base)
  __dataclass_builtins_object__.__setattr__(self,'candidate',candidate)
  __dataclass_builtins_object__.__setattr__(self,'base_path',base_path)
  __dataclass_builtins_object__.__setattr__(self,'candidate_path',candidate_path)
  __dataclass_builtins_object__.__setattr__(self,'inspections',inspections)
 return __init__


INITS["def __create_fn__(_type_base, _type_candidate, _type_base_path, _type_candidate_path, _type_inspections, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,base:_type_base,candidate:_type_candidate,base_path:_type_base_path,candidate_path:_type_candidate_path,inspections:_type_inspections)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n  __dataclass_builtins_object__.__setattr__(self,'candidate',candidate)\n  __dataclass_builtins_object__.__setattr__(self,'base_path',base_path)\n  __dataclass_builtins_object__.__setattr__(self,'candidate_path',candidate_path)\n  __dataclass_builtins_object__.__setattr__(self,'inspections',inspections)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_base, _type_candidate, _type_inspections, _type_summary, _type_audit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_audit, _return_type):
 def __init__(self,*,base:_type_base,candidate:_type_candidate,inspections:_type_inspections,summary:_type_summary,audit:_type_audit=_dflt_audit)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'base',base)
  __dataclass_builtins_object__.__setattr__(self,'candidate',candidate)
  __dataclass_builtins_object__.__setattr__(self,'inspections',inspections)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'audit',audit)
 return __init__


INITS["def __create_fn__(_type_base, _type_candidate, _type_inspections, _type_summary, _type_audit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_audit, _return_type):\n def __init__(self,*,base:_type_base,candidate:_type_candidate,inspections:_type_inspections,summary:_type_summary,audit:_type_audit=_dflt_audit)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n  __dataclass_builtins_object__.__setattr__(self,'candidate',candidate)\n  __dataclass_builtins_object__.__setattr__(self,'inspections',inspections)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'audit',audit)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_base, _type_candidate, _type_recorded, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,base:_type_base,candidate:_type_candidate,recorded:_type_recorded)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'base',base)
  __dataclass_builtins_object__.__setattr__(self,'candidate',candidate)
  __dataclass_builtins_object__.__setattr__(self,'recorded',recorded)
 return __init__


INITS["def __create_fn__(_type_base, _type_candidate, _type_recorded, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,base:_type_base,candidate:_type_candidate,recorded:_type_recorded)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n  __dataclass_builtins_object__.__setattr__(self,'candidate',candidate)\n  __dataclass_builtins_object__.__setattr__(self,'recorded',recorded)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_based, _type_own_file, _type_base_id, _type_items, _type_bands, _type_overall_bands, _type_removed, _type_applies, _type_cleared, _type_attributes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_based, _dflt_own_file, _dflt_base_id, _dflt_items, _dflt_bands, _dflt_overall_bands, _dflt_removed, _dflt_applies, _dflt_cleared, _dflt_attributes, _return_type):
 def __init__(self,*,based:_type_based=_dflt_based,own_file:_type_own_file=_dflt_own_file,base_id:_type_base_id=_dflt_base_id,items:_type_items=_dflt_items,bands:_type_bands=_dflt_bands,overall_bands:_type_overall_bands=_dflt_overall_bands,removed:_type_removed=_HAS_DEFAULT_FACTORY,applies:_type_applies=_HAS_DEFAULT_FACTORY,cleared:_type_cleared=_HAS_DEFAULT_FACTORY,attributes:_type_attributes=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'based',based)
  __dataclass_builtins_object__.__setattr__(self,'own_file',own_file)
  __dataclass_builtins_object__.__setattr__(self,'base_id',base_id)
  __dataclass_builtins_object__.__setattr__(self,'items',items)
  __dataclass_builtins_object__.__setattr__(self,'bands',bands)
  __dataclass_builtins_object__.__setattr__(self,'overall_bands',overall_bands)
  __dataclass_builtins_object__.__setattr__(self,'removed',_dflt_removed() if removed is _HAS_DEFAULT_FACTORY else removed)
  __dataclass_builtins_object__.__setattr__(self,'applies',_dflt_applies() if applies is _HAS_DEFAULT_FACTORY else applies)
  __dataclass_builtins_object__.__setattr__(self,'cleared',_dflt_cleared() if cleared is _HAS_DEFAULT_FACTORY else cleared)
  __dataclass_builtins_object__.__setattr__(self,'attributes',_dflt_attributes() if attributes is _HAS_DEFAULT_FACTORY else attributes)
 return __init__


INITS["def __create_fn__(_type_based, _type_own_file, _type_base_id, _type_items, _type_bands, _type_overall_bands, _type_removed, _type_applies, _type_cleared, _type_attributes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_based, _dflt_own_file, _dflt_base_id, _dflt_items, _dflt_bands, _dflt_overall_bands, _dflt_removed, _dflt_applies, _dflt_cleared, _dflt_attributes, _return_type):\n def __init__(self,*,based:_type_based=_dflt_based,own_file:_type_own_file=_dflt_own_file,base_id:_type_base_id=_dflt_base_id,items:_type_items=_dflt_items,bands:_type_bands=_dflt_bands,overall_bands:_type_overall_bands=_dflt_overall_bands,removed:_type_removed=_HAS_DEFAULT_FACTORY,applies:_type_applies=_HAS_DEFAULT_FACTORY,cleared:_type_cleared=_HAS_DEFAULT_FACTORY,attributes:_type_attributes=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'based',based)\n  __dataclass_builtins_object__.__setattr__(self,'own_file',own_file)\n  __dataclass_builtins_object__.__setattr__(self,'base_id',base_id)\n  __dataclass_builtins_object__.__setattr__(self,'items',items)\n  __dataclass_builtins_object__.__setattr__(self,'bands',bands)\n  __dataclass_builtins_object__.__setattr__(self,'overall_bands',overall_bands)\n  __dataclass_builtins_object__.__setattr__(self,'removed',_dflt_removed() if removed is _HAS_DEFAULT_FACTORY else removed)\n  __dataclass_builtins_object__.__setattr__(self,'applies',_dflt_applies() if applies is _HAS_DEFAULT_FACTORY else applies)\n  __dataclass_builtins_object__.__setattr__(self,'cleared',_dflt_cleared() if cleared is _HAS_DEFAULT_FACTORY else cleared)\n  __dataclass_builtins_object__.__setattr__(self,'attributes',_dflt_attributes() if attributes is _HAS_DEFAULT_FACTORY else attributes)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_case, _type_answer, _type_why, _type_given, _type_inspector, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_given, _dflt_inspector, _return_type):
 def __init__(self,*,case:_type_case,answer:_type_answer,why:_type_why,given:_type_given=_dflt_given,inspector:_type_inspector=_dflt_inspector)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'case',case)
  __dataclass_builtins_object__.__setattr__(self,'answer',answer)
  __dataclass_builtins_object__.__setattr__(self,'why',why)
  __dataclass_builtins_object__.__setattr__(self,'given',given)
  __dataclass_builtins_object__.__setattr__(self,'inspector',inspector)
 return __init__


INITS["def __create_fn__(_type_case, _type_answer, _type_why, _type_given, _type_inspector, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_given, _dflt_inspector, _return_type):\n def __init__(self,*,case:_type_case,answer:_type_answer,why:_type_why,given:_type_given=_dflt_given,inspector:_type_inspector=_dflt_inspector)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'case',case)\n  __dataclass_builtins_object__.__setattr__(self,'answer',answer)\n  __dataclass_builtins_object__.__setattr__(self,'why',why)\n  __dataclass_builtins_object__.__setattr__(self,'given',given)\n  __dataclass_builtins_object__.__setattr__(self,'inspector',inspector)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_case, _type_cells, _type_noes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,case:_type_case,cells:_type_cells,noes:_type_noes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'case',case)
  __dataclass_builtins_object__.__setattr__(self,'cells',cells)
  __dataclass_builtins_object__.__setattr__(self,'noes',noes)
 return __init__


INITS["def __create_fn__(_type_case, _type_cells, _type_noes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,case:_type_case,cells:_type_cells,noes:_type_noes)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'case',case)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'noes',noes)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_code, _type_alpha, _type_beta, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,code:_type_code,alpha:_type_alpha,beta:_type_beta)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'alpha',alpha)
  __dataclass_builtins_object__.__setattr__(self,'beta',beta)
 return __init__


INITS["def __create_fn__(_type_code, _type_alpha, _type_beta, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,code:_type_code,alpha:_type_alpha,beta:_type_beta)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'alpha',alpha)\n  __dataclass_builtins_object__.__setattr__(self,'beta',beta)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_code, _type_domains, _type_prior, _type_independent, _type_key_question, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_domains, _dflt_prior, _dflt_independent, _dflt_key_question, _return_type):
 def __init__(self,*,code:_type_code,domains:_type_domains=_dflt_domains,prior:_type_prior=_dflt_prior,independent:_type_independent=_dflt_independent,key_question:_type_key_question=_dflt_key_question)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'domains',domains)
  __dataclass_builtins_object__.__setattr__(self,'prior',prior)
  __dataclass_builtins_object__.__setattr__(self,'independent',independent)
  __dataclass_builtins_object__.__setattr__(self,'key_question',key_question)
 return __init__


INITS["def __create_fn__(_type_code, _type_domains, _type_prior, _type_independent, _type_key_question, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_domains, _dflt_prior, _dflt_independent, _dflt_key_question, _return_type):\n def __init__(self,*,code:_type_code,domains:_type_domains=_dflt_domains,prior:_type_prior=_dflt_prior,independent:_type_independent=_dflt_independent,key_question:_type_key_question=_dflt_key_question)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'domains',domains)\n  __dataclass_builtins_object__.__setattr__(self,'prior',prior)\n  __dataclass_builtins_object__.__setattr__(self,'independent',independent)\n  __dataclass_builtins_object__.__setattr__(self,'key_question',key_question)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_code, _type_figures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_figures, _return_type):
 def __init__(self,code:_type_code,figures:_type_figures=_dflt_figures)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'figures',figures)
 return __init__


INITS["def __create_fn__(_type_code, _type_figures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_figures, _return_type):\n def __init__(self,code:_type_code,figures:_type_figures=_dflt_figures)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'figures',figures)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_code, _type_relevant, _type_eligible, _type_domain, _type_domain_population, _type_domain_sampled, _type_estimated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_domain, _dflt_domain_population, _dflt_domain_sampled, _dflt_estimated, _return_type):
 def __init__(self,*,code:_type_code,relevant:_type_relevant,eligible:_type_eligible,domain:_type_domain=_dflt_domain,domain_population:_type_domain_population=_dflt_domain_population,domain_sampled:_type_domain_sampled=_dflt_domain_sampled,estimated:_type_estimated=_dflt_estimated)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'relevant',relevant)
  __dataclass_builtins_object__.__setattr__(self,'eligible',eligible)
  __dataclass_builtins_object__.__setattr__(self,'domain',domain)
  __dataclass_builtins_object__.__setattr__(self,'domain_population',domain_population)
  __dataclass_builtins_object__.__setattr__(self,'domain_sampled',domain_sampled)
  __dataclass_builtins_object__.__setattr__(self,'estimated',estimated)
 return __init__


INITS["def __create_fn__(_type_code, _type_relevant, _type_eligible, _type_domain, _type_domain_population, _type_domain_sampled, _type_estimated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_domain, _dflt_domain_population, _dflt_domain_sampled, _dflt_estimated, _return_type):\n def __init__(self,*,code:_type_code,relevant:_type_relevant,eligible:_type_eligible,domain:_type_domain=_dflt_domain,domain_population:_type_domain_population=_dflt_domain_population,domain_sampled:_type_domain_sampled=_dflt_domain_sampled,estimated:_type_estimated=_dflt_estimated)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'relevant',relevant)\n  __dataclass_builtins_object__.__setattr__(self,'eligible',eligible)\n  __dataclass_builtins_object__.__setattr__(self,'domain',domain)\n  __dataclass_builtins_object__.__setattr__(self,'domain_population',domain_population)\n  __dataclass_builtins_object__.__setattr__(self,'domain_sampled',domain_sampled)\n  __dataclass_builtins_object__.__setattr__(self,'estimated',estimated)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_collected, _type_lines, _type_progress, _type_failures, _type_short_summary, _type_time, _type_summary, _type_failed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,collected:_type_collected,lines:_type_lines,progress:_type_progress,failures:_type_failures,short_summary:_type_short_summary,time:_type_time,summary:_type_summary,failed:_type_failed)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'collected',collected)
  __dataclass_builtins_object__.__setattr__(self,'lines',lines)
  __dataclass_builtins_object__.__setattr__(self,'progress',progress)
  __dataclass_builtins_object__.__setattr__(self,'failures',failures)
  __dataclass_builtins_object__.__setattr__(self,'short_summary',short_summary)
  __dataclass_builtins_object__.__setattr__(self,'time',time)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'failed',failed)
 return __init__


INITS["def __create_fn__(_type_collected, _type_lines, _type_progress, _type_failures, _type_short_summary, _type_time, _type_summary, _type_failed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,collected:_type_collected,lines:_type_lines,progress:_type_progress,failures:_type_failures,short_summary:_type_short_summary,time:_type_time,summary:_type_summary,failed:_type_failed)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'collected',collected)\n  __dataclass_builtins_object__.__setattr__(self,'lines',lines)\n  __dataclass_builtins_object__.__setattr__(self,'progress',progress)\n  __dataclass_builtins_object__.__setattr__(self,'failures',failures)\n  __dataclass_builtins_object__.__setattr__(self,'short_summary',short_summary)\n  __dataclass_builtins_object__.__setattr__(self,'time',time)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'failed',failed)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_columns, _type_rows, _type_sections, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sections, _return_type):
 def __init__(self,*,columns:_type_columns,rows:_type_rows,sections:_type_sections=_dflt_sections)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'columns',columns)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
  __dataclass_builtins_object__.__setattr__(self,'sections',sections)
 return __init__


INITS["def __create_fn__(_type_columns, _type_rows, _type_sections, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sections, _return_type):\n def __init__(self,*,columns:_type_columns,rows:_type_rows,sections:_type_sections=_dflt_sections)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'columns',columns)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'sections',sections)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_condition, _type_description, _type_holds, _type_values, _type_result, _type_rule_ref, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,condition:_type_condition,description:_type_description,holds:_type_holds,values:_type_values,result:_type_result,rule_ref:_type_rule_ref)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'condition',condition)
  __dataclass_builtins_object__.__setattr__(self,'description',description)
  __dataclass_builtins_object__.__setattr__(self,'holds',holds)
  __dataclass_builtins_object__.__setattr__(self,'values',values)
  __dataclass_builtins_object__.__setattr__(self,'result',result)
  __dataclass_builtins_object__.__setattr__(self,'rule_ref',rule_ref)
 return __init__


INITS["def __create_fn__(_type_condition, _type_description, _type_holds, _type_values, _type_result, _type_rule_ref, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,condition:_type_condition,description:_type_description,holds:_type_holds,values:_type_values,result:_type_result,rule_ref:_type_rule_ref)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'condition',condition)\n  __dataclass_builtins_object__.__setattr__(self,'description',description)\n  __dataclass_builtins_object__.__setattr__(self,'holds',holds)\n  __dataclass_builtins_object__.__setattr__(self,'values',values)\n  __dataclass_builtins_object__.__setattr__(self,'result',result)\n  __dataclass_builtins_object__.__setattr__(self,'rule_ref',rule_ref)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_condition, _type_description, _type_level, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_description, _dflt_level, _dflt_span, _return_type):
 def __init__(self,*,condition:_type_condition,description:_type_description=_dflt_description,level:_type_level=_dflt_level,span:_type_span=_dflt_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'condition',condition)
  __dataclass_builtins_object__.__setattr__(self,'description',description)
  __dataclass_builtins_object__.__setattr__(self,'level',level)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__


INITS["def __create_fn__(_type_condition, _type_description, _type_level, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_description, _dflt_level, _dflt_span, _return_type):\n def __init__(self,*,condition:_type_condition,description:_type_description=_dflt_description,level:_type_level=_dflt_level,span:_type_span=_dflt_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'condition',condition)\n  __dataclass_builtins_object__.__setattr__(self,'description',description)\n  __dataclass_builtins_object__.__setattr__(self,'level',level)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_condition, _type_facts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,condition:_type_condition,facts:_type_facts)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'condition',condition)
  __dataclass_builtins_object__.__setattr__(self,'facts',facts)
 return __init__


INITS["def __create_fn__(_type_condition, _type_facts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,condition:_type_condition,facts:_type_facts)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'condition',condition)\n  __dataclass_builtins_object__.__setattr__(self,'facts',facts)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_confidence, _type_margin, _type_split, _type_strata, _type_says, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_split, _dflt_strata, _dflt_says, _dflt_span, _return_type):
 def __init__(self,*,confidence:_type_confidence,margin:_type_margin,split:_type_split=_dflt_split,strata:_type_strata=_dflt_strata,says:_type_says=_dflt_says,span:_type_span=_dflt_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)
  __dataclass_builtins_object__.__setattr__(self,'margin',margin)
  __dataclass_builtins_object__.__setattr__(self,'split',split)
  __dataclass_builtins_object__.__setattr__(self,'strata',strata)
  __dataclass_builtins_object__.__setattr__(self,'says',says)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__


INITS["def __create_fn__(_type_confidence, _type_margin, _type_split, _type_strata, _type_says, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_split, _dflt_strata, _dflt_says, _dflt_span, _return_type):\n def __init__(self,*,confidence:_type_confidence,margin:_type_margin,split:_type_split=_dflt_split,strata:_type_strata=_dflt_strata,says:_type_says=_dflt_says,span:_type_span=_dflt_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)\n  __dataclass_builtins_object__.__setattr__(self,'margin',margin)\n  __dataclass_builtins_object__.__setattr__(self,'split',split)\n  __dataclass_builtins_object__.__setattr__(self,'strata',strata)\n  __dataclass_builtins_object__.__setattr__(self,'says',says)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_contents, _type_versions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,contents:_type_contents,versions:_type_versions)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'contents',contents)
  __dataclass_builtins_object__.__setattr__(self,'versions',versions)
 return __init__


INITS["def __create_fn__(_type_contents, _type_versions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,contents:_type_contents,versions:_type_versions)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'contents',contents)\n  __dataclass_builtins_object__.__setattr__(self,'versions',versions)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_cost, _type_rank, _type_picks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,cost:_type_cost,rank:_type_rank,picks:_type_picks)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'cost',cost)
  __dataclass_builtins_object__.__setattr__(self,'rank',rank)
  __dataclass_builtins_object__.__setattr__(self,'picks',picks)
 return __init__


INITS["def __create_fn__(_type_cost, _type_rank, _type_picks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,cost:_type_cost,rank:_type_rank,picks:_type_picks)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'cost',cost)\n  __dataclass_builtins_object__.__setattr__(self,'rank',rank)\n  __dataclass_builtins_object__.__setattr__(self,'picks',picks)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_costs, _type_relevant, _type_yes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_relevant, _dflt_yes, _return_type):
 def __init__(self,costs:_type_costs,relevant:_type_relevant=_dflt_relevant,yes:_type_yes=_dflt_yes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'costs',costs)
  __dataclass_builtins_object__.__setattr__(self,'relevant',relevant)
  __dataclass_builtins_object__.__setattr__(self,'yes',yes)
 return __init__


INITS["def __create_fn__(_type_costs, _type_relevant, _type_yes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_relevant, _dflt_yes, _return_type):\n def __init__(self,costs:_type_costs,relevant:_type_relevant=_dflt_relevant,yes:_type_yes=_dflt_yes)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'costs',costs)\n  __dataclass_builtins_object__.__setattr__(self,'relevant',relevant)\n  __dataclass_builtins_object__.__setattr__(self,'yes',yes)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_depth, _type_label, _type_title, _type_status, _type_where, _type_clauses, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,depth:_type_depth,label:_type_label,title:_type_title,status:_type_status,where:_type_where,clauses:_type_clauses)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'depth',depth)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'where',where)
  __dataclass_builtins_object__.__setattr__(self,'clauses',clauses)
 return __init__


INITS["def __create_fn__(_type_depth, _type_label, _type_title, _type_status, _type_where, _type_clauses, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,depth:_type_depth,label:_type_label,title:_type_title,status:_type_status,where:_type_where,clauses:_type_clauses)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'depth',depth)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'where',where)\n  __dataclass_builtins_object__.__setattr__(self,'clauses',clauses)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_diff, _type_versions, _type_summary, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_summary, _return_type):
 def __init__(self,*,diff:_type_diff,versions:_type_versions,summary:_type_summary=_dflt_summary)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'diff',diff)
  __dataclass_builtins_object__.__setattr__(self,'versions',versions)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
 return __init__


INITS["def __create_fn__(_type_diff, _type_versions, _type_summary, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_summary, _return_type):\n def __init__(self,*,diff:_type_diff,versions:_type_versions,summary:_type_summary=_dflt_summary)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'diff',diff)\n  __dataclass_builtins_object__.__setattr__(self,'versions',versions)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_direction, _type_state, _type_judgements, _type_to, _type_changes, _type_reason, _type_decisions_stand, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_judgements, _dflt_to, _dflt_changes, _dflt_reason, _dflt_decisions_stand, _return_type):
 def __init__(self,*,direction:_type_direction,state:_type_state,judgements:_type_judgements=_dflt_judgements,to:_type_to=_dflt_to,changes:_type_changes=_dflt_changes,reason:_type_reason=_dflt_reason,decisions_stand:_type_decisions_stand=_dflt_decisions_stand)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'direction',direction)
  __dataclass_builtins_object__.__setattr__(self,'state',state)
  __dataclass_builtins_object__.__setattr__(self,'judgements',judgements)
  __dataclass_builtins_object__.__setattr__(self,'to',to)
  __dataclass_builtins_object__.__setattr__(self,'changes',changes)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
  __dataclass_builtins_object__.__setattr__(self,'decisions_stand',decisions_stand)
 return __init__


INITS["def __create_fn__(_type_direction, _type_state, _type_judgements, _type_to, _type_changes, _type_reason, _type_decisions_stand, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_judgements, _dflt_to, _dflt_changes, _dflt_reason, _dflt_decisions_stand, _return_type):\n def __init__(self,*,direction:_type_direction,state:_type_state,judgements:_type_judgements=_dflt_judgements,to:_type_to=_dflt_to,changes:_type_changes=_dflt_changes,reason:_type_reason=_dflt_reason,decisions_stand:_type_decisions_stand=_dflt_decisions_stand)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'direction',direction)\n  __dataclass_builtins_object__.__setattr__(self,'state',state)\n  __dataclass_builtins_object__.__setattr__(self,'judgements',judgements)\n  __dataclass_builtins_object__.__setattr__(self,'to',to)\n  __dataclass_builtins_object__.__setattr__(self,'changes',changes)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n  __dataclass_builtins_object__.__setattr__(self,'decisions_stand',decisions_stand)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_display, _type_findings, _type_problem, _type_index, _type_files, _type_framework, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_files, _dflt_framework, _return_type):
 def __init__(self,*,display:_type_display,findings:_type_findings,problem:_type_problem,index:_type_index,files:_type_files=_HAS_DEFAULT_FACTORY,framework:_type_framework=_dflt_framework)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'display',display)
  __dataclass_builtins_object__.__setattr__(self,'findings',findings)
  __dataclass_builtins_object__.__setattr__(self,'problem',problem)
  __dataclass_builtins_object__.__setattr__(self,'index',index)
  __dataclass_builtins_object__.__setattr__(self,'files',_dflt_files() if files is _HAS_DEFAULT_FACTORY else files)
  __dataclass_builtins_object__.__setattr__(self,'framework',framework)
 return __init__


INITS["def __create_fn__(_type_display, _type_findings, _type_problem, _type_index, _type_files, _type_framework, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_files, _dflt_framework, _return_type):\n def __init__(self,*,display:_type_display,findings:_type_findings,problem:_type_problem,index:_type_index,files:_type_files=_HAS_DEFAULT_FACTORY,framework:_type_framework=_dflt_framework)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'display',display)\n  __dataclass_builtins_object__.__setattr__(self,'findings',findings)\n  __dataclass_builtins_object__.__setattr__(self,'problem',problem)\n  __dataclass_builtins_object__.__setattr__(self,'index',index)\n  __dataclass_builtins_object__.__setattr__(self,'files',_dflt_files() if files is _HAS_DEFAULT_FACTORY else files)\n  __dataclass_builtins_object__.__setattr__(self,'framework',framework)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_domain, _type_code, _type_population, _type_sampled, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,domain:_type_domain,code:_type_code,population:_type_population,sampled:_type_sampled)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'domain',domain)
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'population',population)
  __dataclass_builtins_object__.__setattr__(self,'sampled',sampled)
 return __init__


INITS["def __create_fn__(_type_domain, _type_code, _type_population, _type_sampled, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,domain:_type_domain,code:_type_code,population:_type_population,sampled:_type_sampled)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'domain',domain)\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'population',population)\n  __dataclass_builtins_object__.__setattr__(self,'sampled',sampled)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_domain, _type_condition, _type_facts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,domain:_type_domain,condition:_type_condition,facts:_type_facts)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'domain',domain)
  __dataclass_builtins_object__.__setattr__(self,'condition',condition)
  __dataclass_builtins_object__.__setattr__(self,'facts',facts)
 return __init__


INITS["def __create_fn__(_type_domain, _type_condition, _type_facts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,domain:_type_domain,condition:_type_condition,facts:_type_facts)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'domain',domain)\n  __dataclass_builtins_object__.__setattr__(self,'condition',condition)\n  __dataclass_builtins_object__.__setattr__(self,'facts',facts)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_domain, _type_name, _type_population, _type_needed, _type_sized_by, _type_share, _type_sampled, _type_margin, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_share, _dflt_sampled, _dflt_margin, _return_type):
 def __init__(self,*,domain:_type_domain,name:_type_name,population:_type_population,needed:_type_needed,sized_by:_type_sized_by,share:_type_share=_dflt_share,sampled:_type_sampled=_dflt_sampled,margin:_type_margin=_dflt_margin)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'domain',domain)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'population',population)
  __dataclass_builtins_object__.__setattr__(self,'needed',needed)
  __dataclass_builtins_object__.__setattr__(self,'sized_by',sized_by)
  __dataclass_builtins_object__.__setattr__(self,'share',share)
  __dataclass_builtins_object__.__setattr__(self,'sampled',sampled)
  __dataclass_builtins_object__.__setattr__(self,'margin',margin)
 return __init__


INITS["def __create_fn__(_type_domain, _type_name, _type_population, _type_needed, _type_sized_by, _type_share, _type_sampled, _type_margin, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_share, _dflt_sampled, _dflt_margin, _return_type):\n def __init__(self,*,domain:_type_domain,name:_type_name,population:_type_population,needed:_type_needed,sized_by:_type_sized_by,share:_type_share=_dflt_share,sampled:_type_sampled=_dflt_sampled,margin:_type_margin=_dflt_margin)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'domain',domain)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'population',population)\n  __dataclass_builtins_object__.__setattr__(self,'needed',needed)\n  __dataclass_builtins_object__.__setattr__(self,'sized_by',sized_by)\n  __dataclass_builtins_object__.__setattr__(self,'share',share)\n  __dataclass_builtins_object__.__setattr__(self,'sampled',sampled)\n  __dataclass_builtins_object__.__setattr__(self,'margin',margin)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_domains, _type_rules, _type_says, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rules, _dflt_says, _dflt_span, _return_type):
 def __init__(self,*,domains:_type_domains,rules:_type_rules=_dflt_rules,says:_type_says=_dflt_says,span:_type_span=_dflt_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'domains',domains)
  __dataclass_builtins_object__.__setattr__(self,'rules',rules)
  __dataclass_builtins_object__.__setattr__(self,'says',says)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__


INITS["def __create_fn__(_type_domains, _type_rules, _type_says, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rules, _dflt_says, _dflt_span, _return_type):\n def __init__(self,*,domains:_type_domains,rules:_type_rules=_dflt_rules,says:_type_says=_dflt_says,span:_type_span=_dflt_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'domains',domains)\n  __dataclass_builtins_object__.__setattr__(self,'rules',rules)\n  __dataclass_builtins_object__.__setattr__(self,'says',says)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_emitted, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,emitted:_type_emitted)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'emitted',emitted)
 return __init__


INITS["def __create_fn__(_type_emitted, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,emitted:_type_emitted)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'emitted',emitted)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_entries, _type_project, _type_unread, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,entries:_type_entries,project:_type_project,unread:_type_unread)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'entries',entries)
  __dataclass_builtins_object__.__setattr__(self,'project',project)
  __dataclass_builtins_object__.__setattr__(self,'unread',unread)
 return __init__


INITS["def __create_fn__(_type_entries, _type_project, _type_unread, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,entries:_type_entries,project:_type_project,unread:_type_unread)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'entries',entries)\n  __dataclass_builtins_object__.__setattr__(self,'project',project)\n  __dataclass_builtins_object__.__setattr__(self,'unread',unread)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_entries, _type_repository, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_repository, _return_type):
 def __init__(self,*,entries:_type_entries,repository:_type_repository=_dflt_repository)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'entries',entries)
  __dataclass_builtins_object__.__setattr__(self,'repository',repository)
 return __init__


INITS["def __create_fn__(_type_entries, _type_repository, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_repository, _return_type):\n def __init__(self,*,entries:_type_entries,repository:_type_repository=_dflt_repository)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'entries',entries)\n  __dataclass_builtins_object__.__setattr__(self,'repository',repository)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_explanation, _type_snippets, _type_only, _type_depth, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_snippets, _dflt_only, _dflt_depth, _return_type):
 def __init__(self,*,explanation:_type_explanation,snippets:_type_snippets=_dflt_snippets,only:_type_only=_dflt_only,depth:_type_depth=_dflt_depth)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'explanation',explanation)
  __dataclass_builtins_object__.__setattr__(self,'snippets',snippets)
  __dataclass_builtins_object__.__setattr__(self,'only',only)
  __dataclass_builtins_object__.__setattr__(self,'depth',depth)
 return __init__


INITS["def __create_fn__(_type_explanation, _type_snippets, _type_only, _type_depth, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_snippets, _dflt_only, _dflt_depth, _return_type):\n def __init__(self,*,explanation:_type_explanation,snippets:_type_snippets=_dflt_snippets,only:_type_only=_dflt_only,depth:_type_depth=_dflt_depth)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'explanation',explanation)\n  __dataclass_builtins_object__.__setattr__(self,'snippets',snippets)\n  __dataclass_builtins_object__.__setattr__(self,'only',only)\n  __dataclass_builtins_object__.__setattr__(self,'depth',depth)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_facts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,facts:_type_facts)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'facts',facts)
 return __init__


INITS["def __create_fn__(_type_facts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,facts:_type_facts)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'facts',facts)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_family, _type_version, _type_effective_from, _type_effective_until, _type_path, _type_shipped, _type_draft, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_shipped, _dflt_draft, _return_type):
 def __init__(self,*,family:_type_family,version:_type_version,effective_from:_type_effective_from,effective_until:_type_effective_until,path:_type_path,shipped:_type_shipped=_dflt_shipped,draft:_type_draft=_dflt_draft)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'family',family)
  __dataclass_builtins_object__.__setattr__(self,'version',version)
  __dataclass_builtins_object__.__setattr__(self,'effective_from',effective_from)
  __dataclass_builtins_object__.__setattr__(self,'effective_until',effective_until)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'shipped',shipped)
  __dataclass_builtins_object__.__setattr__(self,'draft',draft)
 return __init__


INITS["def __create_fn__(_type_family, _type_version, _type_effective_from, _type_effective_until, _type_path, _type_shipped, _type_draft, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_shipped, _dflt_draft, _return_type):\n def __init__(self,*,family:_type_family,version:_type_version,effective_from:_type_effective_from,effective_until:_type_effective_until,path:_type_path,shipped:_type_shipped=_dflt_shipped,draft:_type_draft=_dflt_draft)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'family',family)\n  __dataclass_builtins_object__.__setattr__(self,'version',version)\n  __dataclass_builtins_object__.__setattr__(self,'effective_from',effective_from)\n  __dataclass_builtins_object__.__setattr__(self,'effective_until',effective_until)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'shipped',shipped)\n  __dataclass_builtins_object__.__setattr__(self,'draft',draft)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_family, _type_version, _type_title, _type_effective_from, _type_effective_until, _type_based_on, _type_draft, _type_path, _type_sources, _type_attributes, _type_ratings, _type_banding, _type_overall, _type_discretion, _type_sampling, _type_domains, _type_says, _type_span, _type_texts, _type_file_ids, _type__index, _type_derived, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_effective_from, _dflt_effective_until, _dflt_based_on, _dflt_draft, _dflt_sources, _dflt_attributes, _dflt_discretion, _dflt_sampling, _dflt_domains, _dflt_says, _dflt_span, _dflt_texts, _dflt_file_ids, _dflt__index, _dflt_derived, _return_type):
 def __init__(self,*,family:_type_family,version:_type_version,title:_type_title,effective_from:_type_effective_from=_dflt_effective_from,effective_until:_type_effective_until=_dflt_effective_until,based_on:_type_based_on=_dflt_based_on,draft:_type_draft=_dflt_draft,path:_type_path,sources:_type_sources=_dflt_sources,attributes:_type_attributes=_dflt_attributes,ratings:_type_ratings,banding:_type_banding,overall:_type_overall,discretion:_type_discretion=_dflt_discretion,sampling:_type_sampling=_dflt_sampling,domains:_type_domains=_dflt_domains,says:_type_says=_dflt_says,span:_type_span=_dflt_span,texts:_type_texts=_HAS_DEFAULT_FACTORY,file_ids:_type_file_ids=_dflt_file_ids)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'family',family)
  __dataclass_builtins_object__.__setattr__(self,'version',version)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'effective_from',effective_from)
  __dataclass_builtins_object__.__setattr__(self,'effective_until',effective_until)
  __dataclass_builtins_object__.__setattr__(self,'based_on',based_on)
  __dataclass_builtins_object__.__setattr__(self,'draft',draft)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'sources',sources)
  __dataclass_builtins_object__.__setattr__(self,'attributes',attributes)
  __dataclass_builtins_object__.__setattr__(self,'ratings',ratings)
  __dataclass_builtins_object__.__setattr__(self,'banding',banding)
  __dataclass_builtins_object__.__setattr__(self,'overall',overall)
  __dataclass_builtins_object__.__setattr__(self,'discretion',discretion)
  __dataclass_builtins_object__.__setattr__(self,'sampling',sampling)
  __dataclass_builtins_object__.__setattr__(self,'domains',domains)
  __dataclass_builtins_object__.__setattr__(self,'says',says)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'texts',_dflt_texts() if texts is _HAS_DEFAULT_FACTORY else texts)
  __dataclass_builtins_object__.__setattr__(self,'file_ids',file_ids)
  __dataclass_builtins_object__.__setattr__(self,'_index',_dflt__index())
  __dataclass_builtins_object__.__setattr__(self,'derived',_dflt_derived())
 return __init__


INITS["def __create_fn__(_type_family, _type_version, _type_title, _type_effective_from, _type_effective_until, _type_based_on, _type_draft, _type_path, _type_sources, _type_attributes, _type_ratings, _type_banding, _type_overall, _type_discretion, _type_sampling, _type_domains, _type_says, _type_span, _type_texts, _type_file_ids, _type__index, _type_derived, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_effective_from, _dflt_effective_until, _dflt_based_on, _dflt_draft, _dflt_sources, _dflt_attributes, _dflt_discretion, _dflt_sampling, _dflt_domains, _dflt_says, _dflt_span, _dflt_texts, _dflt_file_ids, _dflt__index, _dflt_derived, _return_type):\n def __init__(self,*,family:_type_family,version:_type_version,title:_type_title,effective_from:_type_effective_from=_dflt_effective_from,effective_until:_type_effective_until=_dflt_effective_until,based_on:_type_based_on=_dflt_based_on,draft:_type_draft=_dflt_draft,path:_type_path,sources:_type_sources=_dflt_sources,attributes:_type_attributes=_dflt_attributes,ratings:_type_ratings,banding:_type_banding,overall:_type_overall,discretion:_type_discretion=_dflt_discretion,sampling:_type_sampling=_dflt_sampling,domains:_type_domains=_dflt_domains,says:_type_says=_dflt_says,span:_type_span=_dflt_span,texts:_type_texts=_HAS_DEFAULT_FACTORY,file_ids:_type_file_ids=_dflt_file_ids)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'family',family)\n  __dataclass_builtins_object__.__setattr__(self,'version',version)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'effective_from',effective_from)\n  __dataclass_builtins_object__.__setattr__(self,'effective_until',effective_until)\n  __dataclass_builtins_object__.__setattr__(self,'based_on',based_on)\n  __dataclass_builtins_object__.__setattr__(self,'draft',draft)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'sources',sources)\n  __dataclass_builtins_object__.__setattr__(self,'attributes',attributes)\n  __dataclass_builtins_object__.__setattr__(self,'ratings',ratings)\n  __dataclass_builtins_object__.__setattr__(self,'banding',banding)\n  __dataclass_builtins_object__.__setattr__(self,'overall',overall)\n  __dataclass_builtins_object__.__setattr__(self,'discretion',discretion)\n  __dataclass_builtins_object__.__setattr__(self,'sampling',sampling)\n  __dataclass_builtins_object__.__setattr__(self,'domains',domains)\n  __dataclass_builtins_object__.__setattr__(self,'says',says)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'texts',_dflt_texts() if texts is _HAS_DEFAULT_FACTORY else texts)\n  __dataclass_builtins_object__.__setattr__(self,'file_ids',file_ids)\n  __dataclass_builtins_object__.__setattr__(self,'_index',_dflt__index())\n  __dataclass_builtins_object__.__setattr__(self,'derived',_dflt_derived())\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_file, _type_folder, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,file:_type_file,folder:_type_folder)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'folder',folder)
 return __init__


INITS["def __create_fn__(_type_file, _type_folder, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,file:_type_file,folder:_type_folder)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n  __dataclass_builtins_object__.__setattr__(self,'folder',folder)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_file, _type_sha256, _type_cases, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,file:_type_file,sha256:_type_sha256,cases:_type_cases)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)
  __dataclass_builtins_object__.__setattr__(self,'cases',cases)
 return __init__


INITS["def __create_fn__(_type_file, _type_sha256, _type_cases, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,file:_type_file,sha256:_type_sha256,cases:_type_cases)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)\n  __dataclass_builtins_object__.__setattr__(self,'cases',cases)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_files, _type_missing_base, _type_documents, _type_shipped, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,files:_type_files,missing_base:_type_missing_base,documents:_type_documents,shipped:_type_shipped)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'files',files)
  __dataclass_builtins_object__.__setattr__(self,'missing_base',missing_base)
  __dataclass_builtins_object__.__setattr__(self,'documents',documents)
  __dataclass_builtins_object__.__setattr__(self,'shipped',shipped)
 return __init__


INITS["def __create_fn__(_type_files, _type_missing_base, _type_documents, _type_shipped, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,files:_type_files,missing_base:_type_missing_base,documents:_type_documents,shipped:_type_shipped)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'files',files)\n  __dataclass_builtins_object__.__setattr__(self,'missing_base',missing_base)\n  __dataclass_builtins_object__.__setattr__(self,'documents',documents)\n  __dataclass_builtins_object__.__setattr__(self,'shipped',shipped)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_files, _type_strict, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_strict, _return_type):
 def __init__(self,*,files:_type_files,strict:_type_strict=_dflt_strict)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'files',files)
  __dataclass_builtins_object__.__setattr__(self,'strict',strict)
 return __init__


INITS["def __create_fn__(_type_files, _type_strict, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_strict, _return_type):\n def __init__(self,*,files:_type_files,strict:_type_strict=_dflt_strict)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'files',files)\n  __dataclass_builtins_object__.__setattr__(self,'strict',strict)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_folder, _type_entries, _type_size, _type_limit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,folder:_type_folder,entries:_type_entries,size:_type_size,limit:_type_limit)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'folder',folder)
  __dataclass_builtins_object__.__setattr__(self,'entries',entries)
  __dataclass_builtins_object__.__setattr__(self,'size',size)
  __dataclass_builtins_object__.__setattr__(self,'limit',limit)
 return __init__


INITS["def __create_fn__(_type_folder, _type_entries, _type_size, _type_limit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,folder:_type_folder,entries:_type_entries,size:_type_size,limit:_type_limit)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'folder',folder)\n  __dataclass_builtins_object__.__setattr__(self,'entries',entries)\n  __dataclass_builtins_object__.__setattr__(self,'size',size)\n  __dataclass_builtins_object__.__setattr__(self,'limit',limit)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_form, _type_params, _type_rows, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_params, _dflt_rows, _dflt_span, _return_type):
 def __init__(self,*,form:_type_form,params:_type_params=_dflt_params,rows:_type_rows=_dflt_rows,span:_type_span=_dflt_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'form',form)
  __dataclass_builtins_object__.__setattr__(self,'params',params)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__


INITS["def __create_fn__(_type_form, _type_params, _type_rows, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_params, _dflt_rows, _dflt_span, _return_type):\n def __init__(self,*,form:_type_form,params:_type_params=_dflt_params,rows:_type_rows=_dflt_rows,span:_type_span=_dflt_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'form',form)\n  __dataclass_builtins_object__.__setattr__(self,'params',params)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_framework, _type_data, _type_overall, _type_standards, _type_diagnostics, _type__index, _type__memo, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_diagnostics, _dflt__index, _dflt__memo, _return_type):
 def __init__(self,*,framework:_type_framework,data:_type_data,overall:_type_overall,standards:_type_standards,diagnostics:_type_diagnostics=_dflt_diagnostics)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'framework',framework)
  __dataclass_builtins_object__.__setattr__(self,'data',data)
  __dataclass_builtins_object__.__setattr__(self,'overall',overall)
  __dataclass_builtins_object__.__setattr__(self,'standards',standards)
  __dataclass_builtins_object__.__setattr__(self,'diagnostics',diagnostics)
  __dataclass_builtins_object__.__setattr__(self,'_index',_dflt__index())
  __dataclass_builtins_object__.__setattr__(self,'_memo',_dflt__memo())
 return __init__


INITS["def __create_fn__(_type_framework, _type_data, _type_overall, _type_standards, _type_diagnostics, _type__index, _type__memo, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_diagnostics, _dflt__index, _dflt__memo, _return_type):\n def __init__(self,*,framework:_type_framework,data:_type_data,overall:_type_overall,standards:_type_standards,diagnostics:_type_diagnostics=_dflt_diagnostics)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'framework',framework)\n  __dataclass_builtins_object__.__setattr__(self,'data',data)\n  __dataclass_builtins_object__.__setattr__(self,'overall',overall)\n  __dataclass_builtins_object__.__setattr__(self,'standards',standards)\n  __dataclass_builtins_object__.__setattr__(self,'diagnostics',diagnostics)\n  __dataclass_builtins_object__.__setattr__(self,'_index',_dflt__index())\n  __dataclass_builtins_object__.__setattr__(self,'_memo',_dflt__memo())\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_framework, _type_diagnostics, _type_sources, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sources, _return_type):
 def __init__(self,*,framework:_type_framework,diagnostics:_type_diagnostics,sources:_type_sources=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'framework',framework)
  __dataclass_builtins_object__.__setattr__(self,'diagnostics',diagnostics)
  __dataclass_builtins_object__.__setattr__(self,'sources',_dflt_sources() if sources is _HAS_DEFAULT_FACTORY else sources)
 return __init__


INITS["def __create_fn__(_type_framework, _type_diagnostics, _type_sources, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sources, _return_type):\n def __init__(self,*,framework:_type_framework,diagnostics:_type_diagnostics,sources:_type_sources=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'framework',framework)\n  __dataclass_builtins_object__.__setattr__(self,'diagnostics',diagnostics)\n  __dataclass_builtins_object__.__setattr__(self,'sources',_dflt_sources() if sources is _HAS_DEFAULT_FACTORY else sources)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_framework, _type_diagnostics, _type_sources, _type_statements, _type_drafts, _type_file_ids, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_drafts, _dflt_file_ids, _return_type):
 def __init__(self,*,framework:_type_framework,diagnostics:_type_diagnostics,sources:_type_sources,statements:_type_statements,drafts:_type_drafts=_dflt_drafts,file_ids:_type_file_ids=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'framework',framework)
  __dataclass_builtins_object__.__setattr__(self,'diagnostics',diagnostics)
  __dataclass_builtins_object__.__setattr__(self,'sources',sources)
  __dataclass_builtins_object__.__setattr__(self,'statements',statements)
  __dataclass_builtins_object__.__setattr__(self,'drafts',drafts)
  __dataclass_builtins_object__.__setattr__(self,'file_ids',_dflt_file_ids() if file_ids is _HAS_DEFAULT_FACTORY else file_ids)
 return __init__


INITS["def __create_fn__(_type_framework, _type_diagnostics, _type_sources, _type_statements, _type_drafts, _type_file_ids, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_drafts, _dflt_file_ids, _return_type):\n def __init__(self,*,framework:_type_framework,diagnostics:_type_diagnostics,sources:_type_sources,statements:_type_statements,drafts:_type_drafts=_dflt_drafts,file_ids:_type_file_ids=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'framework',framework)\n  __dataclass_builtins_object__.__setattr__(self,'diagnostics',diagnostics)\n  __dataclass_builtins_object__.__setattr__(self,'sources',sources)\n  __dataclass_builtins_object__.__setattr__(self,'statements',statements)\n  __dataclass_builtins_object__.__setattr__(self,'drafts',drafts)\n  __dataclass_builtins_object__.__setattr__(self,'file_ids',_dflt_file_ids() if file_ids is _HAS_DEFAULT_FACTORY else file_ids)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_framework, _type_fmt, _type_console, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,framework:_type_framework,fmt:_type_fmt,console:_type_console)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'framework',framework)
  __dataclass_builtins_object__.__setattr__(self,'fmt',fmt)
  __dataclass_builtins_object__.__setattr__(self,'console',console)
 return __init__


INITS["def __create_fn__(_type_framework, _type_fmt, _type_console, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,framework:_type_framework,fmt:_type_fmt,console:_type_console)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'framework',framework)\n  __dataclass_builtins_object__.__setattr__(self,'fmt',fmt)\n  __dataclass_builtins_object__.__setattr__(self,'console',console)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_framework, _type_instrument, _type_made_by, _type_framework_file, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_framework_file, _return_type):
 def __init__(self,*,framework:_type_framework,instrument:_type_instrument,made_by:_type_made_by,framework_file:_type_framework_file=_dflt_framework_file)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'framework',framework)
  __dataclass_builtins_object__.__setattr__(self,'instrument',instrument)
  __dataclass_builtins_object__.__setattr__(self,'made_by',made_by)
  __dataclass_builtins_object__.__setattr__(self,'framework_file',framework_file)
 return __init__


INITS["def __create_fn__(_type_framework, _type_instrument, _type_made_by, _type_framework_file, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_framework_file, _return_type):\n def __init__(self,*,framework:_type_framework,instrument:_type_instrument,made_by:_type_made_by,framework_file:_type_framework_file=_dflt_framework_file)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'framework',framework)\n  __dataclass_builtins_object__.__setattr__(self,'instrument',instrument)\n  __dataclass_builtins_object__.__setattr__(self,'made_by',made_by)\n  __dataclass_builtins_object__.__setattr__(self,'framework_file',framework_file)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_framework, _type_standards, _type_key_questions, _type_prompts, _type_standard_by_id, _type_conditions, _type_judged_items, _type_known_items, _type_judged_ids, _type_declared_attributes, _type_domain_attributes, _type_nearest_boundary, _type_score, _type_rating_by_score, _type_top_score, _type_bottom_score, _type_round, _type_up_to, _type_down_to, _type_eligible_when, _type_kq_eligible_when, _type_scale, _type_overall, _type_limit_rules, _type_overall_rule, _type_rounding_rule, _type_bands, _type_band_names, _type_band_rules, _type_overall_rules, _type_discretion_rules, _type_kq_discretion_rules, _type__passes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt__passes, _return_type):
 def __init__(self,*,framework:_type_framework,standards:_type_standards,key_questions:_type_key_questions,prompts:_type_prompts,standard_by_id:_type_standard_by_id,conditions:_type_conditions,judged_items:_type_judged_items,known_items:_type_known_items,judged_ids:_type_judged_ids,declared_attributes:_type_declared_attributes,domain_attributes:_type_domain_attributes,nearest_boundary:_type_nearest_boundary,score:_type_score,rating_by_score:_type_rating_by_score,top_score:_type_top_score,bottom_score:_type_bottom_score,round:_type_round,up_to:_type_up_to,down_to:_type_down_to,eligible_when:_type_eligible_when,kq_eligible_when:_type_kq_eligible_when,scale:_type_scale,overall:_type_overall,limit_rules:_type_limit_rules,overall_rule:_type_overall_rule,rounding_rule:_type_rounding_rule,bands:_type_bands,band_names:_type_band_names,band_rules:_type_band_rules,overall_rules:_type_overall_rules,discretion_rules:_type_discretion_rules,kq_discretion_rules:_type_kq_discretion_rules,_passes:_type__passes=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'framework',framework)
  __dataclass_builtins_object__.__setattr__(self,'standards',standards)
  __dataclass_builtins_object__.__setattr__(self,'key_questions',key_questions)
  __dataclass_builtins_object__.__setattr__(self,'prompts',prompts)
  __dataclass_builtins_object__.__setattr__(self,'standard_by_id',standard_by_id)
  __dataclass_builtins_object__.__setattr__(self,'conditions',conditions)
  __dataclass_builtins_object__.__setattr__(self,'judged_items',judged_items)
  __dataclass_builtins_object__.__setattr__(self,'known_items',known_items)
  __dataclass_builtins_object__.__setattr__(self,'judged_ids',judged_ids)
  __dataclass_builtins_object__.__setattr__(self,'declared_attributes',declared_attributes)
  __dataclass_builtins_object__.__setattr__(self,'domain_attributes',domain_attributes)
  __dataclass_builtins_object__.__setattr__(self,'nearest_boundary',nearest_boundary)
  __dataclass_builtins_object__.__setattr__(self,'score',score)
  __dataclass_builtins_object__.__setattr__(self,'rating_by_score',rating_by_score)
  __dataclass_builtins_object__.__setattr__(self,'top_score',top_score)
  __dataclass_builtins_object__.__setattr__(self,'bottom_score',bottom_score)
  __dataclass_builtins_object__.__setattr__(self,'round',round)
  __dataclass_builtins_object__.__setattr__(self,'up_to',up_to)
  __dataclass_builtins_object__.__setattr__(self,'down_to',down_to)
  __dataclass_builtins_object__.__setattr__(self,'eligible_when',eligible_when)
  __dataclass_builtins_object__.__setattr__(self,'kq_eligible_when',kq_eligible_when)
  __dataclass_builtins_object__.__setattr__(self,'scale',scale)
  __dataclass_builtins_object__.__setattr__(self,'overall',overall)
  __dataclass_builtins_object__.__setattr__(self,'limit_rules',limit_rules)
  __dataclass_builtins_object__.__setattr__(self,'overall_rule',overall_rule)
  __dataclass_builtins_object__.__setattr__(self,'rounding_rule',rounding_rule)
  __dataclass_builtins_object__.__setattr__(self,'bands',bands)
  __dataclass_builtins_object__.__setattr__(self,'band_names',band_names)
  __dataclass_builtins_object__.__setattr__(self,'band_rules',band_rules)
  __dataclass_builtins_object__.__setattr__(self,'overall_rules',overall_rules)
  __dataclass_builtins_object__.__setattr__(self,'discretion_rules',discretion_rules)
  __dataclass_builtins_object__.__setattr__(self,'kq_discretion_rules',kq_discretion_rules)
  __dataclass_builtins_object__.__setattr__(self,'_passes',_dflt__passes() if _passes is _HAS_DEFAULT_FACTORY else _passes)
 return __init__


INITS["def __create_fn__(_type_framework, _type_standards, _type_key_questions, _type_prompts, _type_standard_by_id, _type_conditions, _type_judged_items, _type_known_items, _type_judged_ids, _type_declared_attributes, _type_domain_attributes, _type_nearest_boundary, _type_score, _type_rating_by_score, _type_top_score, _type_bottom_score, _type_round, _type_up_to, _type_down_to, _type_eligible_when, _type_kq_eligible_when, _type_scale, _type_overall, _type_limit_rules, _type_overall_rule, _type_rounding_rule, _type_bands, _type_band_names, _type_band_rules, _type_overall_rules, _type_discretion_rules, _type_kq_discretion_rules, _type__passes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt__passes, _return_type):\n def __init__(self,*,framework:_type_framework,standards:_type_standards,key_questions:_type_key_questions,prompts:_type_prompts,standard_by_id:_type_standard_by_id,conditions:_type_conditions,judged_items:_type_judged_items,known_items:_type_known_items,judged_ids:_type_judged_ids,declared_attributes:_type_declared_attributes,domain_attributes:_type_domain_attributes,nearest_boundary:_type_nearest_boundary,score:_type_score,rating_by_score:_type_rating_by_score,top_score:_type_top_score,bottom_score:_type_bottom_score,round:_type_round,up_to:_type_up_to,down_to:_type_down_to,eligible_when:_type_eligible_when,kq_eligible_when:_type_kq_eligible_when,scale:_type_scale,overall:_type_overall,limit_rules:_type_limit_rules,overall_rule:_type_overall_rule,rounding_rule:_type_rounding_rule,bands:_type_bands,band_names:_type_band_names,band_rules:_type_band_rules,overall_rules:_type_overall_rules,discretion_rules:_type_discretion_rules,kq_discretion_rules:_type_kq_discretion_rules,_passes:_type__passes=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'framework',framework)\n  __dataclass_builtins_object__.__setattr__(self,'standards',standards)\n  __dataclass_builtins_object__.__setattr__(self,'key_questions',key_questions)\n  __dataclass_builtins_object__.__setattr__(self,'prompts',prompts)\n  __dataclass_builtins_object__.__setattr__(self,'standard_by_id',standard_by_id)\n  __dataclass_builtins_object__.__setattr__(self,'conditions',conditions)\n  __dataclass_builtins_object__.__setattr__(self,'judged_items',judged_items)\n  __dataclass_builtins_object__.__setattr__(self,'known_items',known_items)\n  __dataclass_builtins_object__.__setattr__(self,'judged_ids',judged_ids)\n  __dataclass_builtins_object__.__setattr__(self,'declared_attributes',declared_attributes)\n  __dataclass_builtins_object__.__setattr__(self,'domain_attributes',domain_attributes)\n  __dataclass_builtins_object__.__setattr__(self,'nearest_boundary',nearest_boundary)\n  __dataclass_builtins_object__.__setattr__(self,'score',score)\n  __dataclass_builtins_object__.__setattr__(self,'rating_by_score',rating_by_score)\n  __dataclass_builtins_object__.__setattr__(self,'top_score',top_score)\n  __dataclass_builtins_object__.__setattr__(self,'bottom_score',bottom_score)\n  __dataclass_builtins_object__.__setattr__(self,'round',round)\n  __dataclass_builtins_object__.__setattr__(self,'up_to',up_to)\n  __dataclass_builtins_object__.__setattr__(self,'down_to',down_to)\n  __dataclass_builtins_object__.__setattr__(self,'eligible_when',eligible_when)\n  __dataclass_builtins_object__.__setattr__(self,'kq_eligible_when',kq_eligible_when)\n  __dataclass_builtins_object__.__setattr__(self,'scale',scale)\n  __dataclass_builtins_object__.__setattr__(self,'overall',overall)\n  __dataclass_builtins_object__.__setattr__(self,'limit_rules',limit_rules)\n  __dataclass_builtins_object__.__setattr__(self,'overall_rule',overall_rule)\n  __dataclass_builtins_object__.__setattr__(self,'rounding_rule',rounding_rule)\n  __dataclass_builtins_object__.__setattr__(self,'bands',bands)\n  __dataclass_builtins_object__.__setattr__(self,'band_names',band_names)\n  __dataclass_builtins_object__.__setattr__(self,'band_rules',band_rules)\n  __dataclass_builtins_object__.__setattr__(self,'overall_rules',overall_rules)\n  __dataclass_builtins_object__.__setattr__(self,'discretion_rules',discretion_rules)\n  __dataclass_builtins_object__.__setattr__(self,'kq_discretion_rules',kq_discretion_rules)\n  __dataclass_builtins_object__.__setattr__(self,'_passes',_dflt__passes() if _passes is _HAS_DEFAULT_FACTORY else _passes)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_framework_id, _type_confidence, _type_margin, _type_domains, _type_lines, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,framework_id:_type_framework_id,confidence:_type_confidence,margin:_type_margin,domains:_type_domains,lines:_type_lines)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'framework_id',framework_id)
  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)
  __dataclass_builtins_object__.__setattr__(self,'margin',margin)
  __dataclass_builtins_object__.__setattr__(self,'domains',domains)
  __dataclass_builtins_object__.__setattr__(self,'lines',lines)
 return __init__


INITS["def __create_fn__(_type_framework_id, _type_confidence, _type_margin, _type_domains, _type_lines, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,framework_id:_type_framework_id,confidence:_type_confidence,margin:_type_margin,domains:_type_domains,lines:_type_lines)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'framework_id',framework_id)\n  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)\n  __dataclass_builtins_object__.__setattr__(self,'margin',margin)\n  __dataclass_builtins_object__.__setattr__(self,'domains',domains)\n  __dataclass_builtins_object__.__setattr__(self,'lines',lines)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_header, _type_min_width, _type_no_wrap, _type_justify, _type_overflow, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_min_width, _dflt_no_wrap, _dflt_justify, _dflt_overflow, _return_type):
 def __init__(self,*,header:_type_header,min_width:_type_min_width=_dflt_min_width,no_wrap:_type_no_wrap=_dflt_no_wrap,justify:_type_justify=_dflt_justify,overflow:_type_overflow=_dflt_overflow)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'header',header)
  __dataclass_builtins_object__.__setattr__(self,'min_width',min_width)
  __dataclass_builtins_object__.__setattr__(self,'no_wrap',no_wrap)
  __dataclass_builtins_object__.__setattr__(self,'justify',justify)
  __dataclass_builtins_object__.__setattr__(self,'overflow',overflow)
 return __init__


INITS["def __create_fn__(_type_header, _type_min_width, _type_no_wrap, _type_justify, _type_overflow, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_min_width, _dflt_no_wrap, _dflt_justify, _dflt_overflow, _return_type):\n def __init__(self,*,header:_type_header,min_width:_type_min_width=_dflt_min_width,no_wrap:_type_no_wrap=_dflt_no_wrap,justify:_type_justify=_dflt_justify,overflow:_type_overflow=_dflt_overflow)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'header',header)\n  __dataclass_builtins_object__.__setattr__(self,'min_width',min_width)\n  __dataclass_builtins_object__.__setattr__(self,'no_wrap',no_wrap)\n  __dataclass_builtins_object__.__setattr__(self,'justify',justify)\n  __dataclass_builtins_object__.__setattr__(self,'overflow',overflow)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_heading, _type_counts, _type_missing, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,heading:_type_heading,counts:_type_counts,missing:_type_missing)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'heading',heading)
  __dataclass_builtins_object__.__setattr__(self,'counts',counts)
  __dataclass_builtins_object__.__setattr__(self,'missing',missing)
 return __init__


INITS["def __create_fn__(_type_heading, _type_counts, _type_missing, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,heading:_type_heading,counts:_type_counts,missing:_type_missing)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'heading',heading)\n  __dataclass_builtins_object__.__setattr__(self,'counts',counts)\n  __dataclass_builtins_object__.__setattr__(self,'missing',missing)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_heading, _type_facts, _type_counts, _type_items_title, _type_items, _type_rules_title, _type_rules, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,heading:_type_heading,facts:_type_facts,counts:_type_counts,items_title:_type_items_title,items:_type_items,rules_title:_type_rules_title,rules:_type_rules)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'heading',heading)
  __dataclass_builtins_object__.__setattr__(self,'facts',facts)
  __dataclass_builtins_object__.__setattr__(self,'counts',counts)
  __dataclass_builtins_object__.__setattr__(self,'items_title',items_title)
  __dataclass_builtins_object__.__setattr__(self,'items',items)
  __dataclass_builtins_object__.__setattr__(self,'rules_title',rules_title)
  __dataclass_builtins_object__.__setattr__(self,'rules',rules)
 return __init__


INITS["def __create_fn__(_type_heading, _type_facts, _type_counts, _type_items_title, _type_items, _type_rules_title, _type_rules, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,heading:_type_heading,facts:_type_facts,counts:_type_counts,items_title:_type_items_title,items:_type_items,rules_title:_type_rules_title,rules:_type_rules)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'heading',heading)\n  __dataclass_builtins_object__.__setattr__(self,'facts',facts)\n  __dataclass_builtins_object__.__setattr__(self,'counts',counts)\n  __dataclass_builtins_object__.__setattr__(self,'items_title',items_title)\n  __dataclass_builtins_object__.__setattr__(self,'items',items)\n  __dataclass_builtins_object__.__setattr__(self,'rules_title',rules_title)\n  __dataclass_builtins_object__.__setattr__(self,'rules',rules)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_holds, _type_fails, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,holds:_type_holds,fails:_type_fails)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'holds',holds)
  __dataclass_builtins_object__.__setattr__(self,'fails',fails)
 return __init__


INITS["def __create_fn__(_type_holds, _type_fails, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,holds:_type_holds,fails:_type_fails)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'holds',holds)\n  __dataclass_builtins_object__.__setattr__(self,'fails',fails)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_holds, _type_fails, _type_joined, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_joined, _return_type):
 def __init__(self,*,holds:_type_holds,fails:_type_fails,joined:_type_joined=_dflt_joined)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'holds',holds)
  __dataclass_builtins_object__.__setattr__(self,'fails',fails)
  __dataclass_builtins_object__.__setattr__(self,'joined',joined)
 return __init__


INITS["def __create_fn__(_type_holds, _type_fails, _type_joined, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_joined, _return_type):\n def __init__(self,*,holds:_type_holds,fails:_type_fails,joined:_type_joined=_dflt_joined)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'holds',holds)\n  __dataclass_builtins_object__.__setattr__(self,'fails',fails)\n  __dataclass_builtins_object__.__setattr__(self,'joined',joined)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_attributes, _type_inspector, _type_note, _type_reasons, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,id:_type_id,attributes:_type_attributes,inspector:_type_inspector,note:_type_note,reasons:_type_reasons)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'attributes',attributes)
  __dataclass_builtins_object__.__setattr__(self,'inspector',inspector)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'reasons',reasons)
 return __init__


INITS["def __create_fn__(_type_id, _type_attributes, _type_inspector, _type_note, _type_reasons, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,id:_type_id,attributes:_type_attributes,inspector:_type_inspector,note:_type_note,reasons:_type_reasons)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'attributes',attributes)\n  __dataclass_builtins_object__.__setattr__(self,'inspector',inspector)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'reasons',reasons)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_banded, _type_rating, _type_by_override, _type_basis, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,id:_type_id,banded:_type_banded,rating:_type_rating,by_override:_type_by_override,basis:_type_basis,reason:_type_reason)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'banded',banded)
  __dataclass_builtins_object__.__setattr__(self,'rating',rating)
  __dataclass_builtins_object__.__setattr__(self,'by_override',by_override)
  __dataclass_builtins_object__.__setattr__(self,'basis',basis)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
 return __init__


INITS["def __create_fn__(_type_id, _type_banded, _type_rating, _type_by_override, _type_basis, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,id:_type_id,banded:_type_banded,rating:_type_rating,by_override:_type_by_override,basis:_type_basis,reason:_type_reason)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'banded',banded)\n  __dataclass_builtins_object__.__setattr__(self,'rating',rating)\n  __dataclass_builtins_object__.__setattr__(self,'by_override',by_override)\n  __dataclass_builtins_object__.__setattr__(self,'basis',basis)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_basis, _type_relevant, _type_yes, _type_percent, _type_band, _type_published, _type_report_line, _type_undetermined, _type_not_inspected, _type_discretion, _type_admitted, _type_counted_cases, _type_plan, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_published, _dflt_report_line, _dflt_undetermined, _dflt_not_inspected, _dflt_discretion, _dflt_admitted, _dflt_counted_cases, _dflt_source, _return_type):
 def __init__(self,*,id:_type_id,basis:_type_basis,relevant:_type_relevant,yes:_type_yes,percent:_type_percent,band:_type_band,published:_type_published=_dflt_published,report_line:_type_report_line=_dflt_report_line,undetermined:_type_undetermined=_dflt_undetermined,not_inspected:_type_not_inspected=_dflt_not_inspected,discretion:_type_discretion=_dflt_discretion,admitted:_type_admitted=_dflt_admitted,counted_cases:_type_counted_cases=_dflt_counted_cases,plan:_type_plan,source:_type_source=_dflt_source)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'basis',basis)
  __dataclass_builtins_object__.__setattr__(self,'relevant',relevant)
  __dataclass_builtins_object__.__setattr__(self,'yes',yes)
  __dataclass_builtins_object__.__setattr__(self,'percent',percent)
  __dataclass_builtins_object__.__setattr__(self,'band',band)
  __dataclass_builtins_object__.__setattr__(self,'published',published)
  __dataclass_builtins_object__.__setattr__(self,'report_line',report_line)
  __dataclass_builtins_object__.__setattr__(self,'undetermined',undetermined)
  __dataclass_builtins_object__.__setattr__(self,'not_inspected',not_inspected)
  __dataclass_builtins_object__.__setattr__(self,'discretion',discretion)
  __dataclass_builtins_object__.__setattr__(self,'admitted',admitted)
  __dataclass_builtins_object__.__setattr__(self,'counted_cases',counted_cases)
  __dataclass_builtins_object__.__setattr__(self,'plan',plan)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
 return __init__


INITS["def __create_fn__(_type_id, _type_basis, _type_relevant, _type_yes, _type_percent, _type_band, _type_published, _type_report_line, _type_undetermined, _type_not_inspected, _type_discretion, _type_admitted, _type_counted_cases, _type_plan, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_published, _dflt_report_line, _dflt_undetermined, _dflt_not_inspected, _dflt_discretion, _dflt_admitted, _dflt_counted_cases, _dflt_source, _return_type):\n def __init__(self,*,id:_type_id,basis:_type_basis,relevant:_type_relevant,yes:_type_yes,percent:_type_percent,band:_type_band,published:_type_published=_dflt_published,report_line:_type_report_line=_dflt_report_line,undetermined:_type_undetermined=_dflt_undetermined,not_inspected:_type_not_inspected=_dflt_not_inspected,discretion:_type_discretion=_dflt_discretion,admitted:_type_admitted=_dflt_admitted,counted_cases:_type_counted_cases=_dflt_counted_cases,plan:_type_plan,source:_type_source=_dflt_source)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'basis',basis)\n  __dataclass_builtins_object__.__setattr__(self,'relevant',relevant)\n  __dataclass_builtins_object__.__setattr__(self,'yes',yes)\n  __dataclass_builtins_object__.__setattr__(self,'percent',percent)\n  __dataclass_builtins_object__.__setattr__(self,'band',band)\n  __dataclass_builtins_object__.__setattr__(self,'published',published)\n  __dataclass_builtins_object__.__setattr__(self,'report_line',report_line)\n  __dataclass_builtins_object__.__setattr__(self,'undetermined',undetermined)\n  __dataclass_builtins_object__.__setattr__(self,'not_inspected',not_inspected)\n  __dataclass_builtins_object__.__setattr__(self,'discretion',discretion)\n  __dataclass_builtins_object__.__setattr__(self,'admitted',admitted)\n  __dataclass_builtins_object__.__setattr__(self,'counted_cases',counted_cases)\n  __dataclass_builtins_object__.__setattr__(self,'plan',plan)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_family, _type_version, _type_title, _type_effective_from, _type_effective_until, _type_based_on, _type_path, _type_file, _type_display, _type_local, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_local, _return_type):
 def __init__(self,*,id:_type_id,family:_type_family,version:_type_version,title:_type_title,effective_from:_type_effective_from,effective_until:_type_effective_until,based_on:_type_based_on,path:_type_path,file:_type_file,display:_type_display,local:_type_local=_dflt_local)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'family',family)
  __dataclass_builtins_object__.__setattr__(self,'version',version)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'effective_from',effective_from)
  __dataclass_builtins_object__.__setattr__(self,'effective_until',effective_until)
  __dataclass_builtins_object__.__setattr__(self,'based_on',based_on)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'display',display)
  __dataclass_builtins_object__.__setattr__(self,'local',local)
 return __init__


INITS["def __create_fn__(_type_id, _type_family, _type_version, _type_title, _type_effective_from, _type_effective_until, _type_based_on, _type_path, _type_file, _type_display, _type_local, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_local, _return_type):\n def __init__(self,*,id:_type_id,family:_type_family,version:_type_version,title:_type_title,effective_from:_type_effective_from,effective_until:_type_effective_until,based_on:_type_based_on,path:_type_path,file:_type_file,display:_type_display,local:_type_local=_dflt_local)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'family',family)\n  __dataclass_builtins_object__.__setattr__(self,'version',version)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'effective_from',effective_from)\n  __dataclass_builtins_object__.__setattr__(self,'effective_until',effective_until)\n  __dataclass_builtins_object__.__setattr__(self,'based_on',based_on)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n  __dataclass_builtins_object__.__setattr__(self,'display',display)\n  __dataclass_builtins_object__.__setattr__(self,'local',local)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_index, _type_attributes, _type_at_top, _type_answers, _type_note, _type_inspector, _type_reasons, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_at_top, _dflt_note, _dflt_inspector, _dflt_reasons, _return_type):
 def __init__(self,*,id:_type_id,index:_type_index,attributes:_type_attributes,at_top:_type_at_top=_dflt_at_top,answers:_type_answers,note:_type_note=_dflt_note,inspector:_type_inspector=_dflt_inspector,reasons:_type_reasons=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'index',index)
  __dataclass_builtins_object__.__setattr__(self,'attributes',attributes)
  __dataclass_builtins_object__.__setattr__(self,'at_top',at_top)
  __dataclass_builtins_object__.__setattr__(self,'answers',answers)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'inspector',inspector)
  __dataclass_builtins_object__.__setattr__(self,'reasons',_dflt_reasons() if reasons is _HAS_DEFAULT_FACTORY else reasons)
 return __init__


INITS["def __create_fn__(_type_id, _type_index, _type_attributes, _type_at_top, _type_answers, _type_note, _type_inspector, _type_reasons, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_at_top, _dflt_note, _dflt_inspector, _dflt_reasons, _return_type):\n def __init__(self,*,id:_type_id,index:_type_index,attributes:_type_attributes,at_top:_type_at_top=_dflt_at_top,answers:_type_answers,note:_type_note=_dflt_note,inspector:_type_inspector=_dflt_inspector,reasons:_type_reasons=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'index',index)\n  __dataclass_builtins_object__.__setattr__(self,'attributes',attributes)\n  __dataclass_builtins_object__.__setattr__(self,'at_top',at_top)\n  __dataclass_builtins_object__.__setattr__(self,'answers',answers)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'inspector',inspector)\n  __dataclass_builtins_object__.__setattr__(self,'reasons',_dflt_reasons() if reasons is _HAS_DEFAULT_FACTORY else reasons)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_label, _type_facts, _type_note, _type_items, _type_inspector, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_inspector, _return_type):
 def __init__(self,*,id:_type_id,label:_type_label,facts:_type_facts,note:_type_note,items:_type_items,inspector:_type_inspector=_dflt_inspector)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'facts',facts)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'items',items)
  __dataclass_builtins_object__.__setattr__(self,'inspector',inspector)
 return __init__


INITS["def __create_fn__(_type_id, _type_label, _type_facts, _type_note, _type_items, _type_inspector, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_inspector, _return_type):\n def __init__(self,*,id:_type_id,label:_type_label,facts:_type_facts,note:_type_note,items:_type_items,inspector:_type_inspector=_dflt_inspector)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'facts',facts)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'items',items)\n  __dataclass_builtins_object__.__setattr__(self,'inspector',inspector)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_label, _type_rating, _type_down, _type_up, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,id:_type_id,label:_type_label,rating:_type_rating,down:_type_down,up:_type_up,note:_type_note)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'rating',rating)
  __dataclass_builtins_object__.__setattr__(self,'down',down)
  __dataclass_builtins_object__.__setattr__(self,'up',up)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
 return __init__


INITS["def __create_fn__(_type_id, _type_label, _type_rating, _type_down, _type_up, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,id:_type_id,label:_type_label,rating:_type_rating,down:_type_down,up:_type_up,note:_type_note)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'rating',rating)\n  __dataclass_builtins_object__.__setattr__(self,'down',down)\n  __dataclass_builtins_object__.__setattr__(self,'up',up)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_letter, _type_text, _type_answer, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_reason, _return_type):
 def __init__(self,*,id:_type_id,letter:_type_letter,text:_type_text,answer:_type_answer,reason:_type_reason=_dflt_reason)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'letter',letter)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'answer',answer)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
 return __init__


INITS["def __create_fn__(_type_id, _type_letter, _type_text, _type_answer, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_reason, _return_type):\n def __init__(self,*,id:_type_id,letter:_type_letter,text:_type_text,answer:_type_answer,reason:_type_reason=_dflt_reason)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'letter',letter)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'answer',answer)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_name, _type_columns, _type_rows, _type_total, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_total, _return_type):
 def __init__(self,*,id:_type_id,name:_type_name,columns:_type_columns,rows:_type_rows,total:_type_total=_dflt_total)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'columns',columns)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
  __dataclass_builtins_object__.__setattr__(self,'total',total)
 return __init__


INITS["def __create_fn__(_type_id, _type_name, _type_columns, _type_rows, _type_total, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_total, _return_type):\n def __init__(self,*,id:_type_id,name:_type_name,columns:_type_columns,rows:_type_rows,total:_type_total=_dflt_total)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'columns',columns)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'total',total)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_name, _type_entry, _type_files, _type_pass_filenames, _type_description, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,id:_type_id,name:_type_name,entry:_type_entry,files:_type_files,pass_filenames:_type_pass_filenames,description:_type_description)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'entry',entry)
  __dataclass_builtins_object__.__setattr__(self,'files',files)
  __dataclass_builtins_object__.__setattr__(self,'pass_filenames',pass_filenames)
  __dataclass_builtins_object__.__setattr__(self,'description',description)
 return __init__


INITS["def __create_fn__(_type_id, _type_name, _type_entry, _type_files, _type_pass_filenames, _type_description, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,id:_type_id,name:_type_name,entry:_type_entry,files:_type_files,pass_filenames:_type_pass_filenames,description:_type_description)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'entry',entry)\n  __dataclass_builtins_object__.__setattr__(self,'files',files)\n  __dataclass_builtins_object__.__setattr__(self,'pass_filenames',pass_filenames)\n  __dataclass_builtins_object__.__setattr__(self,'description',description)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_name, _type_intro, _type_condition, _type_rated_by, _type_rule, _type_scored, _type_characteristics, _type_standards, _type_says, _type_no_prompts, _type_span, _type_condition_span, _type_rated_by_span, _type_name_span, _type_no_prompts_span, _type_not_scored_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_intro, _dflt_condition, _dflt_rated_by, _dflt_rule, _dflt_scored, _dflt_characteristics, _dflt_standards, _dflt_says, _dflt_no_prompts, _dflt_span, _dflt_condition_span, _dflt_rated_by_span, _dflt_name_span, _dflt_no_prompts_span, _dflt_not_scored_span, _return_type):
 def __init__(self,*,id:_type_id,name:_type_name,intro:_type_intro=_dflt_intro,condition:_type_condition=_dflt_condition,rated_by:_type_rated_by=_dflt_rated_by,rule:_type_rule=_dflt_rule,scored:_type_scored=_dflt_scored,characteristics:_type_characteristics=_dflt_characteristics,standards:_type_standards=_dflt_standards,says:_type_says=_dflt_says,no_prompts:_type_no_prompts=_dflt_no_prompts,span:_type_span=_dflt_span,condition_span:_type_condition_span=_dflt_condition_span,rated_by_span:_type_rated_by_span=_dflt_rated_by_span,name_span:_type_name_span=_dflt_name_span,no_prompts_span:_type_no_prompts_span=_dflt_no_prompts_span,not_scored_span:_type_not_scored_span=_dflt_not_scored_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'intro',intro)
  __dataclass_builtins_object__.__setattr__(self,'condition',condition)
  __dataclass_builtins_object__.__setattr__(self,'rated_by',rated_by)
  __dataclass_builtins_object__.__setattr__(self,'rule',rule)
  __dataclass_builtins_object__.__setattr__(self,'scored',scored)
  __dataclass_builtins_object__.__setattr__(self,'characteristics',characteristics)
  __dataclass_builtins_object__.__setattr__(self,'standards',standards)
  __dataclass_builtins_object__.__setattr__(self,'says',says)
  __dataclass_builtins_object__.__setattr__(self,'no_prompts',no_prompts)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'condition_span',condition_span)
  __dataclass_builtins_object__.__setattr__(self,'rated_by_span',rated_by_span)
  __dataclass_builtins_object__.__setattr__(self,'name_span',name_span)
  __dataclass_builtins_object__.__setattr__(self,'no_prompts_span',no_prompts_span)
  __dataclass_builtins_object__.__setattr__(self,'not_scored_span',not_scored_span)
 return __init__


INITS["def __create_fn__(_type_id, _type_name, _type_intro, _type_condition, _type_rated_by, _type_rule, _type_scored, _type_characteristics, _type_standards, _type_says, _type_no_prompts, _type_span, _type_condition_span, _type_rated_by_span, _type_name_span, _type_no_prompts_span, _type_not_scored_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_intro, _dflt_condition, _dflt_rated_by, _dflt_rule, _dflt_scored, _dflt_characteristics, _dflt_standards, _dflt_says, _dflt_no_prompts, _dflt_span, _dflt_condition_span, _dflt_rated_by_span, _dflt_name_span, _dflt_no_prompts_span, _dflt_not_scored_span, _return_type):\n def __init__(self,*,id:_type_id,name:_type_name,intro:_type_intro=_dflt_intro,condition:_type_condition=_dflt_condition,rated_by:_type_rated_by=_dflt_rated_by,rule:_type_rule=_dflt_rule,scored:_type_scored=_dflt_scored,characteristics:_type_characteristics=_dflt_characteristics,standards:_type_standards=_dflt_standards,says:_type_says=_dflt_says,no_prompts:_type_no_prompts=_dflt_no_prompts,span:_type_span=_dflt_span,condition_span:_type_condition_span=_dflt_condition_span,rated_by_span:_type_rated_by_span=_dflt_rated_by_span,name_span:_type_name_span=_dflt_name_span,no_prompts_span:_type_no_prompts_span=_dflt_no_prompts_span,not_scored_span:_type_not_scored_span=_dflt_not_scored_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'intro',intro)\n  __dataclass_builtins_object__.__setattr__(self,'condition',condition)\n  __dataclass_builtins_object__.__setattr__(self,'rated_by',rated_by)\n  __dataclass_builtins_object__.__setattr__(self,'rule',rule)\n  __dataclass_builtins_object__.__setattr__(self,'scored',scored)\n  __dataclass_builtins_object__.__setattr__(self,'characteristics',characteristics)\n  __dataclass_builtins_object__.__setattr__(self,'standards',standards)\n  __dataclass_builtins_object__.__setattr__(self,'says',says)\n  __dataclass_builtins_object__.__setattr__(self,'no_prompts',no_prompts)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'condition_span',condition_span)\n  __dataclass_builtins_object__.__setattr__(self,'rated_by_span',rated_by_span)\n  __dataclass_builtins_object__.__setattr__(self,'name_span',name_span)\n  __dataclass_builtins_object__.__setattr__(self,'no_prompts_span',no_prompts_span)\n  __dataclass_builtins_object__.__setattr__(self,'not_scored_span',not_scored_span)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_name, _type_items, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,id:_type_id,name:_type_name,items:_type_items)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'items',items)
 return __init__


INITS["def __create_fn__(_type_id, _type_name, _type_items, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,id:_type_id,name:_type_name,items:_type_items)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'items',items)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_name, _type_rated_by, _type_rule, _type_scored, _type_statement, _type_characteristics, _type_key_questions, _type_says, _type_no_prompts, _type_span, _type_rated_by_span, _type_name_span, _type_no_prompts_span, _type_not_scored_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_scored, _dflt_statement, _dflt_characteristics, _dflt_key_questions, _dflt_says, _dflt_no_prompts, _dflt_span, _dflt_rated_by_span, _dflt_name_span, _dflt_no_prompts_span, _dflt_not_scored_span, _return_type):
 def __init__(self,*,id:_type_id,name:_type_name,rated_by:_type_rated_by,rule:_type_rule,scored:_type_scored=_dflt_scored,statement:_type_statement=_dflt_statement,characteristics:_type_characteristics=_dflt_characteristics,key_questions:_type_key_questions=_dflt_key_questions,says:_type_says=_dflt_says,no_prompts:_type_no_prompts=_dflt_no_prompts,span:_type_span=_dflt_span,rated_by_span:_type_rated_by_span=_dflt_rated_by_span,name_span:_type_name_span=_dflt_name_span,no_prompts_span:_type_no_prompts_span=_dflt_no_prompts_span,not_scored_span:_type_not_scored_span=_dflt_not_scored_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'rated_by',rated_by)
  __dataclass_builtins_object__.__setattr__(self,'rule',rule)
  __dataclass_builtins_object__.__setattr__(self,'scored',scored)
  __dataclass_builtins_object__.__setattr__(self,'statement',statement)
  __dataclass_builtins_object__.__setattr__(self,'characteristics',characteristics)
  __dataclass_builtins_object__.__setattr__(self,'key_questions',key_questions)
  __dataclass_builtins_object__.__setattr__(self,'says',says)
  __dataclass_builtins_object__.__setattr__(self,'no_prompts',no_prompts)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'rated_by_span',rated_by_span)
  __dataclass_builtins_object__.__setattr__(self,'name_span',name_span)
  __dataclass_builtins_object__.__setattr__(self,'no_prompts_span',no_prompts_span)
  __dataclass_builtins_object__.__setattr__(self,'not_scored_span',not_scored_span)
 return __init__


INITS["def __create_fn__(_type_id, _type_name, _type_rated_by, _type_rule, _type_scored, _type_statement, _type_characteristics, _type_key_questions, _type_says, _type_no_prompts, _type_span, _type_rated_by_span, _type_name_span, _type_no_prompts_span, _type_not_scored_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_scored, _dflt_statement, _dflt_characteristics, _dflt_key_questions, _dflt_says, _dflt_no_prompts, _dflt_span, _dflt_rated_by_span, _dflt_name_span, _dflt_no_prompts_span, _dflt_not_scored_span, _return_type):\n def __init__(self,*,id:_type_id,name:_type_name,rated_by:_type_rated_by,rule:_type_rule,scored:_type_scored=_dflt_scored,statement:_type_statement=_dflt_statement,characteristics:_type_characteristics=_dflt_characteristics,key_questions:_type_key_questions=_dflt_key_questions,says:_type_says=_dflt_says,no_prompts:_type_no_prompts=_dflt_no_prompts,span:_type_span=_dflt_span,rated_by_span:_type_rated_by_span=_dflt_rated_by_span,name_span:_type_name_span=_dflt_name_span,no_prompts_span:_type_no_prompts_span=_dflt_no_prompts_span,not_scored_span:_type_not_scored_span=_dflt_not_scored_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'rated_by',rated_by)\n  __dataclass_builtins_object__.__setattr__(self,'rule',rule)\n  __dataclass_builtins_object__.__setattr__(self,'scored',scored)\n  __dataclass_builtins_object__.__setattr__(self,'statement',statement)\n  __dataclass_builtins_object__.__setattr__(self,'characteristics',characteristics)\n  __dataclass_builtins_object__.__setattr__(self,'key_questions',key_questions)\n  __dataclass_builtins_object__.__setattr__(self,'says',says)\n  __dataclass_builtins_object__.__setattr__(self,'no_prompts',no_prompts)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'rated_by_span',rated_by_span)\n  __dataclass_builtins_object__.__setattr__(self,'name_span',name_span)\n  __dataclass_builtins_object__.__setattr__(self,'no_prompts_span',no_prompts_span)\n  __dataclass_builtins_object__.__setattr__(self,'not_scored_span',not_scored_span)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_name, _type_rating, _type_mark, _type_banded, _type_basis, _type_rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,id:_type_id,name:_type_name,rating:_type_rating,mark:_type_mark,banded:_type_banded,basis:_type_basis,rows:_type_rows)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'rating',rating)
  __dataclass_builtins_object__.__setattr__(self,'mark',mark)
  __dataclass_builtins_object__.__setattr__(self,'banded',banded)
  __dataclass_builtins_object__.__setattr__(self,'basis',basis)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
 return __init__


INITS["def __create_fn__(_type_id, _type_name, _type_rating, _type_mark, _type_banded, _type_basis, _type_rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,id:_type_id,name:_type_name,rating:_type_rating,mark:_type_mark,banded:_type_banded,basis:_type_basis,rows:_type_rows)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'rating',rating)\n  __dataclass_builtins_object__.__setattr__(self,'mark',mark)\n  __dataclass_builtins_object__.__setattr__(self,'banded',banded)\n  __dataclass_builtins_object__.__setattr__(self,'basis',basis)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_name, _type_rating, _type_mark, _type_banded, _type_rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,id:_type_id,name:_type_name,rating:_type_rating,mark:_type_mark,banded:_type_banded,rows:_type_rows)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'rating',rating)
  __dataclass_builtins_object__.__setattr__(self,'mark',mark)
  __dataclass_builtins_object__.__setattr__(self,'banded',banded)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
 return __init__


INITS["def __create_fn__(_type_id, _type_name, _type_rating, _type_mark, _type_banded, _type_rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,id:_type_id,name:_type_name,rating:_type_rating,mark:_type_mark,banded:_type_banded,rows:_type_rows)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'rating',rating)\n  __dataclass_builtins_object__.__setattr__(self,'mark',mark)\n  __dataclass_builtins_object__.__setattr__(self,'banded',banded)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_name, _type_rating, _type_mark, _type_score, _type_banded, _type_set_by, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_source, _return_type):
 def __init__(self,*,id:_type_id,name:_type_name,rating:_type_rating,mark:_type_mark,score:_type_score,banded:_type_banded,set_by:_type_set_by,source:_type_source=_dflt_source)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'rating',rating)
  __dataclass_builtins_object__.__setattr__(self,'mark',mark)
  __dataclass_builtins_object__.__setattr__(self,'score',score)
  __dataclass_builtins_object__.__setattr__(self,'banded',banded)
  __dataclass_builtins_object__.__setattr__(self,'set_by',set_by)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
 return __init__


INITS["def __create_fn__(_type_id, _type_name, _type_rating, _type_mark, _type_score, _type_banded, _type_set_by, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_source, _return_type):\n def __init__(self,*,id:_type_id,name:_type_name,rating:_type_rating,mark:_type_mark,score:_type_score,banded:_type_banded,set_by:_type_set_by,source:_type_source=_dflt_source)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'rating',rating)\n  __dataclass_builtins_object__.__setattr__(self,'mark',mark)\n  __dataclass_builtins_object__.__setattr__(self,'score',score)\n  __dataclass_builtins_object__.__setattr__(self,'banded',banded)\n  __dataclass_builtins_object__.__setattr__(self,'set_by',set_by)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_rating, _type_banded, _type_score, _type_key_questions, _type_lowest, _type_discretion, _type_judged, _type_unrated, _type_undetermined, _type_plan, _type__memo, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_key_questions, _dflt_lowest, _dflt_discretion, _dflt_judged, _dflt_unrated, _dflt_undetermined, _dflt__memo, _return_type):
 def __init__(self,*,id:_type_id,rating:_type_rating,banded:_type_banded,score:_type_score,key_questions:_type_key_questions=_dflt_key_questions,lowest:_type_lowest=_dflt_lowest,discretion:_type_discretion=_dflt_discretion,judged:_type_judged=_dflt_judged,unrated:_type_unrated=_dflt_unrated,undetermined:_type_undetermined=_dflt_undetermined,plan:_type_plan)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'rating',rating)
  __dataclass_builtins_object__.__setattr__(self,'banded',banded)
  __dataclass_builtins_object__.__setattr__(self,'score',score)
  __dataclass_builtins_object__.__setattr__(self,'key_questions',key_questions)
  __dataclass_builtins_object__.__setattr__(self,'lowest',lowest)
  __dataclass_builtins_object__.__setattr__(self,'discretion',discretion)
  __dataclass_builtins_object__.__setattr__(self,'judged',judged)
  __dataclass_builtins_object__.__setattr__(self,'unrated',unrated)
  __dataclass_builtins_object__.__setattr__(self,'undetermined',undetermined)
  __dataclass_builtins_object__.__setattr__(self,'plan',plan)
  __dataclass_builtins_object__.__setattr__(self,'_memo',_dflt__memo())
 return __init__


INITS["def __create_fn__(_type_id, _type_rating, _type_banded, _type_score, _type_key_questions, _type_lowest, _type_discretion, _type_judged, _type_unrated, _type_undetermined, _type_plan, _type__memo, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_key_questions, _dflt_lowest, _dflt_discretion, _dflt_judged, _dflt_unrated, _dflt_undetermined, _dflt__memo, _return_type):\n def __init__(self,*,id:_type_id,rating:_type_rating,banded:_type_banded,score:_type_score,key_questions:_type_key_questions=_dflt_key_questions,lowest:_type_lowest=_dflt_lowest,discretion:_type_discretion=_dflt_discretion,judged:_type_judged=_dflt_judged,unrated:_type_unrated=_dflt_unrated,undetermined:_type_undetermined=_dflt_undetermined,plan:_type_plan)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'rating',rating)\n  __dataclass_builtins_object__.__setattr__(self,'banded',banded)\n  __dataclass_builtins_object__.__setattr__(self,'score',score)\n  __dataclass_builtins_object__.__setattr__(self,'key_questions',key_questions)\n  __dataclass_builtins_object__.__setattr__(self,'lowest',lowest)\n  __dataclass_builtins_object__.__setattr__(self,'discretion',discretion)\n  __dataclass_builtins_object__.__setattr__(self,'judged',judged)\n  __dataclass_builtins_object__.__setattr__(self,'unrated',unrated)\n  __dataclass_builtins_object__.__setattr__(self,'undetermined',undetermined)\n  __dataclass_builtins_object__.__setattr__(self,'plan',plan)\n  __dataclass_builtins_object__.__setattr__(self,'_memo',_dflt__memo())\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_relevant, _type_yes, _type_band, _type_decided, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_decided, _return_type):
 def __init__(self,id:_type_id,relevant:_type_relevant,yes:_type_yes,band:_type_band,decided:_type_decided=_dflt_decided)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'relevant',relevant)
  __dataclass_builtins_object__.__setattr__(self,'yes',yes)
  __dataclass_builtins_object__.__setattr__(self,'band',band)
  __dataclass_builtins_object__.__setattr__(self,'decided',decided)
 return __init__


INITS["def __create_fn__(_type_id, _type_relevant, _type_yes, _type_band, _type_decided, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_decided, _return_type):\n def __init__(self,id:_type_id,relevant:_type_relevant,yes:_type_yes,band:_type_band,decided:_type_decided=_dflt_decided)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'relevant',relevant)\n  __dataclass_builtins_object__.__setattr__(self,'yes',yes)\n  __dataclass_builtins_object__.__setattr__(self,'band',band)\n  __dataclass_builtins_object__.__setattr__(self,'decided',decided)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_symbol, _type_possible, _type_reason, _type_settle, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,id:_type_id,symbol:_type_symbol,possible:_type_possible,reason:_type_reason,settle:_type_settle)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'symbol',symbol)
  __dataclass_builtins_object__.__setattr__(self,'possible',possible)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
  __dataclass_builtins_object__.__setattr__(self,'settle',settle)
 return __init__


INITS["def __create_fn__(_type_id, _type_symbol, _type_possible, _type_reason, _type_settle, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,id:_type_id,symbol:_type_symbol,possible:_type_possible,reason:_type_reason,settle:_type_settle)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'symbol',symbol)\n  __dataclass_builtins_object__.__setattr__(self,'possible',possible)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n  __dataclass_builtins_object__.__setattr__(self,'settle',settle)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,id:_type_id,text:_type_text)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
 return __init__


INITS["def __create_fn__(_type_id, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,id:_type_id,text:_type_text)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_text, _type_answer, _type_prompts, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_reason, _return_type):
 def __init__(self,*,id:_type_id,text:_type_text,answer:_type_answer,prompts:_type_prompts,reason:_type_reason=_dflt_reason)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'answer',answer)
  __dataclass_builtins_object__.__setattr__(self,'prompts',prompts)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
 return __init__


INITS["def __create_fn__(_type_id, _type_text, _type_answer, _type_prompts, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_reason, _return_type):\n def __init__(self,*,id:_type_id,text:_type_text,answer:_type_answer,prompts:_type_prompts,reason:_type_reason=_dflt_reason)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'answer',answer)\n  __dataclass_builtins_object__.__setattr__(self,'prompts',prompts)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_text, _type_condition, _type_relevance, _type_where_applicable, _type_no_prompts, _type_prompts, _type_span, _type_condition_span, _type_where_applicable_span, _type_no_prompts_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_condition, _dflt_relevance, _dflt_where_applicable, _dflt_no_prompts, _dflt_prompts, _dflt_span, _dflt_condition_span, _dflt_where_applicable_span, _dflt_no_prompts_span, _return_type):
 def __init__(self,*,id:_type_id,text:_type_text,condition:_type_condition=_dflt_condition,relevance:_type_relevance=_dflt_relevance,where_applicable:_type_where_applicable=_dflt_where_applicable,no_prompts:_type_no_prompts=_dflt_no_prompts,prompts:_type_prompts=_dflt_prompts,span:_type_span=_dflt_span,condition_span:_type_condition_span=_dflt_condition_span,where_applicable_span:_type_where_applicable_span=_dflt_where_applicable_span,no_prompts_span:_type_no_prompts_span=_dflt_no_prompts_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'condition',condition)
  __dataclass_builtins_object__.__setattr__(self,'relevance',relevance)
  __dataclass_builtins_object__.__setattr__(self,'where_applicable',where_applicable)
  __dataclass_builtins_object__.__setattr__(self,'no_prompts',no_prompts)
  __dataclass_builtins_object__.__setattr__(self,'prompts',prompts)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'condition_span',condition_span)
  __dataclass_builtins_object__.__setattr__(self,'where_applicable_span',where_applicable_span)
  __dataclass_builtins_object__.__setattr__(self,'no_prompts_span',no_prompts_span)
 return __init__


INITS["def __create_fn__(_type_id, _type_text, _type_condition, _type_relevance, _type_where_applicable, _type_no_prompts, _type_prompts, _type_span, _type_condition_span, _type_where_applicable_span, _type_no_prompts_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_condition, _dflt_relevance, _dflt_where_applicable, _dflt_no_prompts, _dflt_prompts, _dflt_span, _dflt_condition_span, _dflt_where_applicable_span, _dflt_no_prompts_span, _return_type):\n def __init__(self,*,id:_type_id,text:_type_text,condition:_type_condition=_dflt_condition,relevance:_type_relevance=_dflt_relevance,where_applicable:_type_where_applicable=_dflt_where_applicable,no_prompts:_type_no_prompts=_dflt_no_prompts,prompts:_type_prompts=_dflt_prompts,span:_type_span=_dflt_span,condition_span:_type_condition_span=_dflt_condition_span,where_applicable_span:_type_where_applicable_span=_dflt_where_applicable_span,no_prompts_span:_type_no_prompts_span=_dflt_no_prompts_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'condition',condition)\n  __dataclass_builtins_object__.__setattr__(self,'relevance',relevance)\n  __dataclass_builtins_object__.__setattr__(self,'where_applicable',where_applicable)\n  __dataclass_builtins_object__.__setattr__(self,'no_prompts',no_prompts)\n  __dataclass_builtins_object__.__setattr__(self,'prompts',prompts)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'condition_span',condition_span)\n  __dataclass_builtins_object__.__setattr__(self,'where_applicable_span',where_applicable_span)\n  __dataclass_builtins_object__.__setattr__(self,'no_prompts_span',no_prompts_span)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_text, _type_percent, _type_band, _type_figure, _type_label, _type_summary, _type_hover, _type_sets_band, _type_n, _type_low, _type_high, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_n, _dflt_low, _dflt_high, _dflt_source, _return_type):
 def __init__(self,*,id:_type_id,text:_type_text,percent:_type_percent,band:_type_band,figure:_type_figure,label:_type_label,summary:_type_summary,hover:_type_hover,sets_band:_type_sets_band,n:_type_n=_dflt_n,low:_type_low=_dflt_low,high:_type_high=_dflt_high,source:_type_source=_dflt_source)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'percent',percent)
  __dataclass_builtins_object__.__setattr__(self,'band',band)
  __dataclass_builtins_object__.__setattr__(self,'figure',figure)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'hover',hover)
  __dataclass_builtins_object__.__setattr__(self,'sets_band',sets_band)
  __dataclass_builtins_object__.__setattr__(self,'n',n)
  __dataclass_builtins_object__.__setattr__(self,'low',low)
  __dataclass_builtins_object__.__setattr__(self,'high',high)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
 return __init__


INITS["def __create_fn__(_type_id, _type_text, _type_percent, _type_band, _type_figure, _type_label, _type_summary, _type_hover, _type_sets_band, _type_n, _type_low, _type_high, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_n, _dflt_low, _dflt_high, _dflt_source, _return_type):\n def __init__(self,*,id:_type_id,text:_type_text,percent:_type_percent,band:_type_band,figure:_type_figure,label:_type_label,summary:_type_summary,hover:_type_hover,sets_band:_type_sets_band,n:_type_n=_dflt_n,low:_type_low=_dflt_low,high:_type_high=_dflt_high,source:_type_source=_dflt_source)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'percent',percent)\n  __dataclass_builtins_object__.__setattr__(self,'band',band)\n  __dataclass_builtins_object__.__setattr__(self,'figure',figure)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'hover',hover)\n  __dataclass_builtins_object__.__setattr__(self,'sets_band',sets_band)\n  __dataclass_builtins_object__.__setattr__(self,'n',n)\n  __dataclass_builtins_object__.__setattr__(self,'low',low)\n  __dataclass_builtins_object__.__setattr__(self,'high',high)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_text, _type_relevant, _type_yes, _type_na, _type_percent, _type_basis, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,id:_type_id,text:_type_text,relevant:_type_relevant,yes:_type_yes,na:_type_na,percent:_type_percent,basis:_type_basis)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'relevant',relevant)
  __dataclass_builtins_object__.__setattr__(self,'yes',yes)
  __dataclass_builtins_object__.__setattr__(self,'na',na)
  __dataclass_builtins_object__.__setattr__(self,'percent',percent)
  __dataclass_builtins_object__.__setattr__(self,'basis',basis)
 return __init__


INITS["def __create_fn__(_type_id, _type_text, _type_relevant, _type_yes, _type_na, _type_percent, _type_basis, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,id:_type_id,text:_type_text,relevant:_type_relevant,yes:_type_yes,na:_type_na,percent:_type_percent,basis:_type_basis)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'relevant',relevant)\n  __dataclass_builtins_object__.__setattr__(self,'yes',yes)\n  __dataclass_builtins_object__.__setattr__(self,'na',na)\n  __dataclass_builtins_object__.__setattr__(self,'percent',percent)\n  __dataclass_builtins_object__.__setattr__(self,'basis',basis)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_text, _type_relevant, _type_yes, _type_percent, _type_band, _type_sets_band, _type_prompts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,id:_type_id,text:_type_text,relevant:_type_relevant,yes:_type_yes,percent:_type_percent,band:_type_band,sets_band:_type_sets_band,prompts:_type_prompts)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'relevant',relevant)
  __dataclass_builtins_object__.__setattr__(self,'yes',yes)
  __dataclass_builtins_object__.__setattr__(self,'percent',percent)
  __dataclass_builtins_object__.__setattr__(self,'band',band)
  __dataclass_builtins_object__.__setattr__(self,'sets_band',sets_band)
  __dataclass_builtins_object__.__setattr__(self,'prompts',prompts)
 return __init__


INITS["def __create_fn__(_type_id, _type_text, _type_relevant, _type_yes, _type_percent, _type_band, _type_sets_band, _type_prompts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,id:_type_id,text:_type_text,relevant:_type_relevant,yes:_type_yes,percent:_type_percent,band:_type_band,sets_band:_type_sets_band,prompts:_type_prompts)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'relevant',relevant)\n  __dataclass_builtins_object__.__setattr__(self,'yes',yes)\n  __dataclass_builtins_object__.__setattr__(self,'percent',percent)\n  __dataclass_builtins_object__.__setattr__(self,'band',band)\n  __dataclass_builtins_object__.__setattr__(self,'sets_band',sets_band)\n  __dataclass_builtins_object__.__setattr__(self,'prompts',prompts)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_text, _type_relevant, _type_yes, _type_percent, _type_na, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,id:_type_id,text:_type_text,relevant:_type_relevant,yes:_type_yes,percent:_type_percent,na:_type_na)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'relevant',relevant)
  __dataclass_builtins_object__.__setattr__(self,'yes',yes)
  __dataclass_builtins_object__.__setattr__(self,'percent',percent)
  __dataclass_builtins_object__.__setattr__(self,'na',na)
 return __init__


INITS["def __create_fn__(_type_id, _type_text, _type_relevant, _type_yes, _type_percent, _type_na, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,id:_type_id,text:_type_text,relevant:_type_relevant,yes:_type_yes,percent:_type_percent,na:_type_na)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'relevant',relevant)\n  __dataclass_builtins_object__.__setattr__(self,'yes',yes)\n  __dataclass_builtins_object__.__setattr__(self,'percent',percent)\n  __dataclass_builtins_object__.__setattr__(self,'na',na)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_text, _type_where_applicable, _type_span, _type_where_applicable_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_where_applicable, _dflt_span, _dflt_where_applicable_span, _return_type):
 def __init__(self,*,id:_type_id,text:_type_text,where_applicable:_type_where_applicable=_dflt_where_applicable,span:_type_span=_dflt_span,where_applicable_span:_type_where_applicable_span=_dflt_where_applicable_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'where_applicable',where_applicable)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'where_applicable_span',where_applicable_span)
 return __init__


INITS["def __create_fn__(_type_id, _type_text, _type_where_applicable, _type_span, _type_where_applicable_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_where_applicable, _dflt_span, _dflt_where_applicable_span, _return_type):\n def __init__(self,*,id:_type_id,text:_type_text,where_applicable:_type_where_applicable=_dflt_where_applicable,span:_type_span=_dflt_span,where_applicable_span:_type_where_applicable_span=_dflt_where_applicable_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'where_applicable',where_applicable)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'where_applicable_span',where_applicable_span)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_title, _type_path, _type_based_on, _type_base_path, _type_effective_from, _type_effective_until, _type_items, _type_rules, _type_selection, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_selection, _return_type):
 def __init__(self,*,id:_type_id,title:_type_title,path:_type_path,based_on:_type_based_on,base_path:_type_base_path,effective_from:_type_effective_from,effective_until:_type_effective_until,items:_type_items,rules:_type_rules,selection:_type_selection=_dflt_selection)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'based_on',based_on)
  __dataclass_builtins_object__.__setattr__(self,'base_path',base_path)
  __dataclass_builtins_object__.__setattr__(self,'effective_from',effective_from)
  __dataclass_builtins_object__.__setattr__(self,'effective_until',effective_until)
  __dataclass_builtins_object__.__setattr__(self,'items',items)
  __dataclass_builtins_object__.__setattr__(self,'rules',rules)
  __dataclass_builtins_object__.__setattr__(self,'selection',selection)
 return __init__


INITS["def __create_fn__(_type_id, _type_title, _type_path, _type_based_on, _type_base_path, _type_effective_from, _type_effective_until, _type_items, _type_rules, _type_selection, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_selection, _return_type):\n def __init__(self,*,id:_type_id,title:_type_title,path:_type_path,based_on:_type_based_on,base_path:_type_base_path,effective_from:_type_effective_from,effective_until:_type_effective_until,items:_type_items,rules:_type_rules,selection:_type_selection=_dflt_selection)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'based_on',based_on)\n  __dataclass_builtins_object__.__setattr__(self,'base_path',base_path)\n  __dataclass_builtins_object__.__setattr__(self,'effective_from',effective_from)\n  __dataclass_builtins_object__.__setattr__(self,'effective_until',effective_until)\n  __dataclass_builtins_object__.__setattr__(self,'items',items)\n  __dataclass_builtins_object__.__setattr__(self,'rules',rules)\n  __dataclass_builtins_object__.__setattr__(self,'selection',selection)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_title, _type_published, _type_file, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_published, _dflt_file, _dflt_span, _return_type):
 def __init__(self,*,id:_type_id,title:_type_title,published:_type_published=_dflt_published,file:_type_file=_dflt_file,span:_type_span=_dflt_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'published',published)
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__


INITS["def __create_fn__(_type_id, _type_title, _type_published, _type_file, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_published, _dflt_file, _dflt_span, _return_type):\n def __init__(self,*,id:_type_id,title:_type_title,published:_type_published=_dflt_published,file:_type_file=_dflt_file,span:_type_span=_dflt_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'published',published)\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_uri, _type_version, _type_path, _type_text, _type_display, _type_folder, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,id:_type_id,uri:_type_uri,version:_type_version,path:_type_path,text:_type_text,display:_type_display,folder:_type_folder)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'uri',uri)
  __dataclass_builtins_object__.__setattr__(self,'version',version)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'display',display)
  __dataclass_builtins_object__.__setattr__(self,'folder',folder)
 return __init__


INITS["def __create_fn__(_type_id, _type_uri, _type_version, _type_path, _type_text, _type_display, _type_folder, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,id:_type_id,uri:_type_uri,version:_type_version,path:_type_path,text:_type_text,display:_type_display,folder:_type_folder)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'uri',uri)\n  __dataclass_builtins_object__.__setattr__(self,'version',version)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'display',display)\n  __dataclass_builtins_object__.__setattr__(self,'folder',folder)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_in_policy, _type_eligible, _type_measures, _type_rules, _type_tests, _type_summary, _type_applied, _type_rating, _type_reason, _type_override, _type_report_line, _type__memo, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rules, _dflt_tests, _dflt_summary, _dflt_applied, _dflt_rating, _dflt_reason, _dflt_override, _dflt_report_line, _dflt__memo, _return_type):
 def __init__(self,*,in_policy:_type_in_policy,eligible:_type_eligible,measures:_type_measures,rules:_type_rules=_dflt_rules,tests:_type_tests=_dflt_tests,summary:_type_summary=_dflt_summary,applied:_type_applied=_dflt_applied,rating:_type_rating=_dflt_rating,reason:_type_reason=_dflt_reason,override:_type_override=_dflt_override,report_line:_type_report_line=_dflt_report_line)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'in_policy',in_policy)
  __dataclass_builtins_object__.__setattr__(self,'eligible',eligible)
  __dataclass_builtins_object__.__setattr__(self,'measures',measures)
  __dataclass_builtins_object__.__setattr__(self,'rules',rules)
  __dataclass_builtins_object__.__setattr__(self,'tests',tests)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'applied',applied)
  __dataclass_builtins_object__.__setattr__(self,'rating',rating)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
  __dataclass_builtins_object__.__setattr__(self,'override',override)
  __dataclass_builtins_object__.__setattr__(self,'report_line',report_line)
  __dataclass_builtins_object__.__setattr__(self,'_memo',_dflt__memo())
 return __init__


INITS["def __create_fn__(_type_in_policy, _type_eligible, _type_measures, _type_rules, _type_tests, _type_summary, _type_applied, _type_rating, _type_reason, _type_override, _type_report_line, _type__memo, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rules, _dflt_tests, _dflt_summary, _dflt_applied, _dflt_rating, _dflt_reason, _dflt_override, _dflt_report_line, _dflt__memo, _return_type):\n def __init__(self,*,in_policy:_type_in_policy,eligible:_type_eligible,measures:_type_measures,rules:_type_rules=_dflt_rules,tests:_type_tests=_dflt_tests,summary:_type_summary=_dflt_summary,applied:_type_applied=_dflt_applied,rating:_type_rating=_dflt_rating,reason:_type_reason=_dflt_reason,override:_type_override=_dflt_override,report_line:_type_report_line=_dflt_report_line)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'in_policy',in_policy)\n  __dataclass_builtins_object__.__setattr__(self,'eligible',eligible)\n  __dataclass_builtins_object__.__setattr__(self,'measures',measures)\n  __dataclass_builtins_object__.__setattr__(self,'rules',rules)\n  __dataclass_builtins_object__.__setattr__(self,'tests',tests)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'applied',applied)\n  __dataclass_builtins_object__.__setattr__(self,'rating',rating)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n  __dataclass_builtins_object__.__setattr__(self,'override',override)\n  __dataclass_builtins_object__.__setattr__(self,'report_line',report_line)\n  __dataclass_builtins_object__.__setattr__(self,'_memo',_dflt__memo())\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_index, _type_reach, _type_set_aside, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_set_aside, _return_type):
 def __init__(self,index:_type_index,reach:_type_reach,set_aside:_type_set_aside=_dflt_set_aside)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'index',index)
  __dataclass_builtins_object__.__setattr__(self,'reach',reach)
  __dataclass_builtins_object__.__setattr__(self,'set_aside',set_aside)
 return __init__


INITS["def __create_fn__(_type_index, _type_reach, _type_set_aside, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_set_aside, _return_type):\n def __init__(self,index:_type_index,reach:_type_reach,set_aside:_type_set_aside=_dflt_set_aside)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'index',index)\n  __dataclass_builtins_object__.__setattr__(self,'reach',reach)\n  __dataclass_builtins_object__.__setattr__(self,'set_aside',set_aside)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_inspections, _type_affected, _type_ratings_up, _type_ratings_down, _type_other_changes, _type_errors, _type_undetermined, _type_undetermined_results, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_inspections, _dflt_affected, _dflt_ratings_up, _dflt_ratings_down, _dflt_other_changes, _dflt_errors, _dflt_undetermined, _dflt_undetermined_results, _return_type):
 def __init__(self,*,inspections:_type_inspections=_dflt_inspections,affected:_type_affected=_dflt_affected,ratings_up:_type_ratings_up=_dflt_ratings_up,ratings_down:_type_ratings_down=_dflt_ratings_down,other_changes:_type_other_changes=_dflt_other_changes,errors:_type_errors=_dflt_errors,undetermined:_type_undetermined=_dflt_undetermined,undetermined_results:_type_undetermined_results=_dflt_undetermined_results)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'inspections',inspections)
  __dataclass_builtins_object__.__setattr__(self,'affected',affected)
  __dataclass_builtins_object__.__setattr__(self,'ratings_up',ratings_up)
  __dataclass_builtins_object__.__setattr__(self,'ratings_down',ratings_down)
  __dataclass_builtins_object__.__setattr__(self,'other_changes',other_changes)
  __dataclass_builtins_object__.__setattr__(self,'errors',errors)
  __dataclass_builtins_object__.__setattr__(self,'undetermined',undetermined)
  __dataclass_builtins_object__.__setattr__(self,'undetermined_results',undetermined_results)
 return __init__


INITS["def __create_fn__(_type_inspections, _type_affected, _type_ratings_up, _type_ratings_down, _type_other_changes, _type_errors, _type_undetermined, _type_undetermined_results, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_inspections, _dflt_affected, _dflt_ratings_up, _dflt_ratings_down, _dflt_other_changes, _dflt_errors, _dflt_undetermined, _dflt_undetermined_results, _return_type):\n def __init__(self,*,inspections:_type_inspections=_dflt_inspections,affected:_type_affected=_dflt_affected,ratings_up:_type_ratings_up=_dflt_ratings_up,ratings_down:_type_ratings_down=_dflt_ratings_down,other_changes:_type_other_changes=_dflt_other_changes,errors:_type_errors=_dflt_errors,undetermined:_type_undetermined=_dflt_undetermined,undetermined_results:_type_undetermined_results=_dflt_undetermined_results)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'inspections',inspections)\n  __dataclass_builtins_object__.__setattr__(self,'affected',affected)\n  __dataclass_builtins_object__.__setattr__(self,'ratings_up',ratings_up)\n  __dataclass_builtins_object__.__setattr__(self,'ratings_down',ratings_down)\n  __dataclass_builtins_object__.__setattr__(self,'other_changes',other_changes)\n  __dataclass_builtins_object__.__setattr__(self,'errors',errors)\n  __dataclass_builtins_object__.__setattr__(self,'undetermined',undetermined)\n  __dataclass_builtins_object__.__setattr__(self,'undetermined_results',undetermined_results)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_inspections, _type_cases, _type_items, _type_answers, _type_reasons, _type_facts, _type_split, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,inspections:_type_inspections,cases:_type_cases,items:_type_items,answers:_type_answers,reasons:_type_reasons,facts:_type_facts,split:_type_split)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'inspections',inspections)
  __dataclass_builtins_object__.__setattr__(self,'cases',cases)
  __dataclass_builtins_object__.__setattr__(self,'items',items)
  __dataclass_builtins_object__.__setattr__(self,'answers',answers)
  __dataclass_builtins_object__.__setattr__(self,'reasons',reasons)
  __dataclass_builtins_object__.__setattr__(self,'facts',facts)
  __dataclass_builtins_object__.__setattr__(self,'split',split)
 return __init__


INITS["def __create_fn__(_type_inspections, _type_cases, _type_items, _type_answers, _type_reasons, _type_facts, _type_split, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,inspections:_type_inspections,cases:_type_cases,items:_type_items,answers:_type_answers,reasons:_type_reasons,facts:_type_facts,split:_type_split)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'inspections',inspections)\n  __dataclass_builtins_object__.__setattr__(self,'cases',cases)\n  __dataclass_builtins_object__.__setattr__(self,'items',items)\n  __dataclass_builtins_object__.__setattr__(self,'answers',answers)\n  __dataclass_builtins_object__.__setattr__(self,'reasons',reasons)\n  __dataclass_builtins_object__.__setattr__(self,'facts',facts)\n  __dataclass_builtins_object__.__setattr__(self,'split',split)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_item, _type_kind, _type_rating, _type_state, _type_probabilities, _type_reason, _type_model, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_probabilities, _dflt_reason, _dflt_model, _return_type):
 def __init__(self,*,item:_type_item,kind:_type_kind,rating:_type_rating,state:_type_state,probabilities:_type_probabilities=_dflt_probabilities,reason:_type_reason=_dflt_reason,model:_type_model=_dflt_model)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'item',item)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'rating',rating)
  __dataclass_builtins_object__.__setattr__(self,'state',state)
  __dataclass_builtins_object__.__setattr__(self,'probabilities',probabilities)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
  __dataclass_builtins_object__.__setattr__(self,'model',model)
 return __init__


INITS["def __create_fn__(_type_item, _type_kind, _type_rating, _type_state, _type_probabilities, _type_reason, _type_model, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_probabilities, _dflt_reason, _dflt_model, _return_type):\n def __init__(self,*,item:_type_item,kind:_type_kind,rating:_type_rating,state:_type_state,probabilities:_type_probabilities=_dflt_probabilities,reason:_type_reason=_dflt_reason,model:_type_model=_dflt_model)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'item',item)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'rating',rating)\n  __dataclass_builtins_object__.__setattr__(self,'state',state)\n  __dataclass_builtins_object__.__setattr__(self,'probabilities',probabilities)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n  __dataclass_builtins_object__.__setattr__(self,'model',model)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_item, _type_kind, _type_rating, _type_up, _type_down, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,item:_type_item,kind:_type_kind,rating:_type_rating,up:_type_up,down:_type_down)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'item',item)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'rating',rating)
  __dataclass_builtins_object__.__setattr__(self,'up',up)
  __dataclass_builtins_object__.__setattr__(self,'down',down)
 return __init__


INITS["def __create_fn__(_type_item, _type_kind, _type_rating, _type_up, _type_down, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,item:_type_item,kind:_type_kind,rating:_type_rating,up:_type_up,down:_type_down)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'item',item)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'rating',rating)\n  __dataclass_builtins_object__.__setattr__(self,'up',up)\n  __dataclass_builtins_object__.__setattr__(self,'down',down)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_item, _type_name, _type_qualifier, _type_base, _type_candidate, _type_version, _type_side, _type_possible, _type_why, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,item:_type_item,name:_type_name,qualifier:_type_qualifier,base:_type_base,candidate:_type_candidate,version:_type_version,side:_type_side,possible:_type_possible,why:_type_why)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'item',item)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'qualifier',qualifier)
  __dataclass_builtins_object__.__setattr__(self,'base',base)
  __dataclass_builtins_object__.__setattr__(self,'candidate',candidate)
  __dataclass_builtins_object__.__setattr__(self,'version',version)
  __dataclass_builtins_object__.__setattr__(self,'side',side)
  __dataclass_builtins_object__.__setattr__(self,'possible',possible)
  __dataclass_builtins_object__.__setattr__(self,'why',why)
 return __init__


INITS["def __create_fn__(_type_item, _type_name, _type_qualifier, _type_base, _type_candidate, _type_version, _type_side, _type_possible, _type_why, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,item:_type_item,name:_type_name,qualifier:_type_qualifier,base:_type_base,candidate:_type_candidate,version:_type_version,side:_type_side,possible:_type_possible,why:_type_why)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'item',item)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'qualifier',qualifier)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n  __dataclass_builtins_object__.__setattr__(self,'candidate',candidate)\n  __dataclass_builtins_object__.__setattr__(self,'version',version)\n  __dataclass_builtins_object__.__setattr__(self,'side',side)\n  __dataclass_builtins_object__.__setattr__(self,'possible',possible)\n  __dataclass_builtins_object__.__setattr__(self,'why',why)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_item, _type_name, _type_what, _type_base, _type_candidate, _type_direction, _type_why, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,item:_type_item,name:_type_name,what:_type_what,base:_type_base,candidate:_type_candidate,direction:_type_direction,why:_type_why)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'item',item)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'what',what)
  __dataclass_builtins_object__.__setattr__(self,'base',base)
  __dataclass_builtins_object__.__setattr__(self,'candidate',candidate)
  __dataclass_builtins_object__.__setattr__(self,'direction',direction)
  __dataclass_builtins_object__.__setattr__(self,'why',why)
 return __init__


INITS["def __create_fn__(_type_item, _type_name, _type_what, _type_base, _type_candidate, _type_direction, _type_why, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,item:_type_item,name:_type_name,what:_type_what,base:_type_base,candidate:_type_candidate,direction:_type_direction,why:_type_why)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'item',item)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'what',what)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n  __dataclass_builtins_object__.__setattr__(self,'candidate',candidate)\n  __dataclass_builtins_object__.__setattr__(self,'direction',direction)\n  __dataclass_builtins_object__.__setattr__(self,'why',why)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_item, _type_name, _type_what, _type_qualifier, _type_base, _type_candidate, _type_direction, _type_arrow, _type_why, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,item:_type_item,name:_type_name,what:_type_what,qualifier:_type_qualifier,base:_type_base,candidate:_type_candidate,direction:_type_direction,arrow:_type_arrow,why:_type_why)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'item',item)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'what',what)
  __dataclass_builtins_object__.__setattr__(self,'qualifier',qualifier)
  __dataclass_builtins_object__.__setattr__(self,'base',base)
  __dataclass_builtins_object__.__setattr__(self,'candidate',candidate)
  __dataclass_builtins_object__.__setattr__(self,'direction',direction)
  __dataclass_builtins_object__.__setattr__(self,'arrow',arrow)
  __dataclass_builtins_object__.__setattr__(self,'why',why)
 return __init__


INITS["def __create_fn__(_type_item, _type_name, _type_what, _type_qualifier, _type_base, _type_candidate, _type_direction, _type_arrow, _type_why, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,item:_type_item,name:_type_name,what:_type_what,qualifier:_type_qualifier,base:_type_base,candidate:_type_candidate,direction:_type_direction,arrow:_type_arrow,why:_type_why)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'item',item)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'what',what)\n  __dataclass_builtins_object__.__setattr__(self,'qualifier',qualifier)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n  __dataclass_builtins_object__.__setattr__(self,'candidate',candidate)\n  __dataclass_builtins_object__.__setattr__(self,'direction',direction)\n  __dataclass_builtins_object__.__setattr__(self,'arrow',arrow)\n  __dataclass_builtins_object__.__setattr__(self,'why',why)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_item, _type_name, _type_what, _type_side, _type_version, _type_other, _type_possible, _type_why, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,item:_type_item,name:_type_name,what:_type_what,side:_type_side,version:_type_version,other:_type_other,possible:_type_possible,why:_type_why)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'item',item)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'what',what)
  __dataclass_builtins_object__.__setattr__(self,'side',side)
  __dataclass_builtins_object__.__setattr__(self,'version',version)
  __dataclass_builtins_object__.__setattr__(self,'other',other)
  __dataclass_builtins_object__.__setattr__(self,'possible',possible)
  __dataclass_builtins_object__.__setattr__(self,'why',why)
 return __init__


INITS["def __create_fn__(_type_item, _type_name, _type_what, _type_side, _type_version, _type_other, _type_possible, _type_why, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,item:_type_item,name:_type_name,what:_type_what,side:_type_side,version:_type_version,other:_type_other,possible:_type_possible,why:_type_why)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'item',item)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'what',what)\n  __dataclass_builtins_object__.__setattr__(self,'side',side)\n  __dataclass_builtins_object__.__setattr__(self,'version',version)\n  __dataclass_builtins_object__.__setattr__(self,'other',other)\n  __dataclass_builtins_object__.__setattr__(self,'possible',possible)\n  __dataclass_builtins_object__.__setattr__(self,'why',why)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_item, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,item:_type_item,text:_type_text)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'item',item)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
 return __init__


INITS["def __create_fn__(_type_item, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,item:_type_item,text:_type_text)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'item',item)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_item, _type_what, _type_locations, _type_kind, _type_words, _type_old, _type_new, _type_clauses, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_clauses, _return_type):
 def __init__(self,*,item:_type_item,what:_type_what,locations:_type_locations,kind:_type_kind,words:_type_words,old:_type_old,new:_type_new,clauses:_type_clauses=_dflt_clauses)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'item',item)
  __dataclass_builtins_object__.__setattr__(self,'what',what)
  __dataclass_builtins_object__.__setattr__(self,'locations',locations)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'words',words)
  __dataclass_builtins_object__.__setattr__(self,'old',old)
  __dataclass_builtins_object__.__setattr__(self,'new',new)
  __dataclass_builtins_object__.__setattr__(self,'clauses',clauses)
 return __init__


INITS["def __create_fn__(_type_item, _type_what, _type_locations, _type_kind, _type_words, _type_old, _type_new, _type_clauses, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_clauses, _return_type):\n def __init__(self,*,item:_type_item,what:_type_what,locations:_type_locations,kind:_type_kind,words:_type_words,old:_type_old,new:_type_new,clauses:_type_clauses=_dflt_clauses)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'item',item)\n  __dataclass_builtins_object__.__setattr__(self,'what',what)\n  __dataclass_builtins_object__.__setattr__(self,'locations',locations)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'words',words)\n  __dataclass_builtins_object__.__setattr__(self,'old',old)\n  __dataclass_builtins_object__.__setattr__(self,'new',new)\n  __dataclass_builtins_object__.__setattr__(self,'clauses',clauses)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_key, _type_kind, _type_wording, _type_group, _type_attribute, _type_question, _type_na, _type_applies, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_group, _dflt_attribute, _dflt_question, _dflt_na, _dflt_applies, _return_type):
 def __init__(self,*,key:_type_key,kind:_type_kind,wording:_type_wording,group:_type_group=_dflt_group,attribute:_type_attribute=_dflt_attribute,question:_type_question=_dflt_question,na:_type_na=_dflt_na,applies:_type_applies=_dflt_applies)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'wording',wording)
  __dataclass_builtins_object__.__setattr__(self,'group',group)
  __dataclass_builtins_object__.__setattr__(self,'attribute',attribute)
  __dataclass_builtins_object__.__setattr__(self,'question',question)
  __dataclass_builtins_object__.__setattr__(self,'na',na)
  __dataclass_builtins_object__.__setattr__(self,'applies',applies)
 return __init__


INITS["def __create_fn__(_type_key, _type_kind, _type_wording, _type_group, _type_attribute, _type_question, _type_na, _type_applies, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_group, _dflt_attribute, _dflt_question, _dflt_na, _dflt_applies, _return_type):\n def __init__(self,*,key:_type_key,kind:_type_kind,wording:_type_wording,group:_type_group=_dflt_group,attribute:_type_attribute=_dflt_attribute,question:_type_question=_dflt_question,na:_type_na=_dflt_na,applies:_type_applies=_dflt_applies)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'wording',wording)\n  __dataclass_builtins_object__.__setattr__(self,'group',group)\n  __dataclass_builtins_object__.__setattr__(self,'attribute',attribute)\n  __dataclass_builtins_object__.__setattr__(self,'question',question)\n  __dataclass_builtins_object__.__setattr__(self,'na',na)\n  __dataclass_builtins_object__.__setattr__(self,'applies',applies)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_key, _type_span, _type_role, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,key:_type_key,span:_type_span,role:_type_role)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'role',role)
 return __init__


INITS["def __create_fn__(_type_key, _type_span, _type_role, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,key:_type_key,span:_type_span,role:_type_role)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'role',role)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_key, _type_title, _type_summary, _type_declared, _type_clauses, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_clauses, _return_type):
 def __init__(self,*,key:_type_key,title:_type_title,summary:_type_summary,declared:_type_declared,clauses:_type_clauses=_dflt_clauses)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'declared',declared)
  __dataclass_builtins_object__.__setattr__(self,'clauses',clauses)
 return __init__


INITS["def __create_fn__(_type_key, _type_title, _type_summary, _type_declared, _type_clauses, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_clauses, _return_type):\n def __init__(self,*,key:_type_key,title:_type_title,summary:_type_summary,declared:_type_declared,clauses:_type_clauses=_dflt_clauses)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'declared',declared)\n  __dataclass_builtins_object__.__setattr__(self,'clauses',clauses)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_key_question, _type_answer_from, _type_answer_to, _type_cases, _type_percent_after, _type_band_after, _type_candidates, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_candidates, _return_type):
 def __init__(self,*,key_question:_type_key_question,answer_from:_type_answer_from,answer_to:_type_answer_to,cases:_type_cases,percent_after:_type_percent_after,band_after:_type_band_after,candidates:_type_candidates=_dflt_candidates)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key_question',key_question)
  __dataclass_builtins_object__.__setattr__(self,'answer_from',answer_from)
  __dataclass_builtins_object__.__setattr__(self,'answer_to',answer_to)
  __dataclass_builtins_object__.__setattr__(self,'cases',cases)
  __dataclass_builtins_object__.__setattr__(self,'percent_after',percent_after)
  __dataclass_builtins_object__.__setattr__(self,'band_after',band_after)
  __dataclass_builtins_object__.__setattr__(self,'candidates',candidates)
 return __init__


INITS["def __create_fn__(_type_key_question, _type_answer_from, _type_answer_to, _type_cases, _type_percent_after, _type_band_after, _type_candidates, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_candidates, _return_type):\n def __init__(self,*,key_question:_type_key_question,answer_from:_type_answer_from,answer_to:_type_answer_to,cases:_type_cases,percent_after:_type_percent_after,band_after:_type_band_after,candidates:_type_candidates=_dflt_candidates)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key_question',key_question)\n  __dataclass_builtins_object__.__setattr__(self,'answer_from',answer_from)\n  __dataclass_builtins_object__.__setattr__(self,'answer_to',answer_to)\n  __dataclass_builtins_object__.__setattr__(self,'cases',cases)\n  __dataclass_builtins_object__.__setattr__(self,'percent_after',percent_after)\n  __dataclass_builtins_object__.__setattr__(self,'band_after',band_after)\n  __dataclass_builtins_object__.__setattr__(self,'candidates',candidates)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_key_question, _type_standard, _type_domain, _type_admits, _type_domain_slot, _type_own_slot, _type_domain_needs, _type_own_needs, _type_strict_prompts, _type_applies, _type_applies_rule, _type_prompts, _type_rounding_rule, _type_band_rules, _type_band_bounds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,key_question:_type_key_question,standard:_type_standard,domain:_type_domain,admits:_type_admits,domain_slot:_type_domain_slot,own_slot:_type_own_slot,domain_needs:_type_domain_needs,own_needs:_type_own_needs,strict_prompts:_type_strict_prompts,applies:_type_applies,applies_rule:_type_applies_rule,prompts:_type_prompts,rounding_rule:_type_rounding_rule,band_rules:_type_band_rules,band_bounds:_type_band_bounds)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key_question',key_question)
  __dataclass_builtins_object__.__setattr__(self,'standard',standard)
  __dataclass_builtins_object__.__setattr__(self,'domain',domain)
  __dataclass_builtins_object__.__setattr__(self,'admits',admits)
  __dataclass_builtins_object__.__setattr__(self,'domain_slot',domain_slot)
  __dataclass_builtins_object__.__setattr__(self,'own_slot',own_slot)
  __dataclass_builtins_object__.__setattr__(self,'domain_needs',domain_needs)
  __dataclass_builtins_object__.__setattr__(self,'own_needs',own_needs)
  __dataclass_builtins_object__.__setattr__(self,'strict_prompts',strict_prompts)
  __dataclass_builtins_object__.__setattr__(self,'applies',applies)
  __dataclass_builtins_object__.__setattr__(self,'applies_rule',applies_rule)
  __dataclass_builtins_object__.__setattr__(self,'prompts',prompts)
  __dataclass_builtins_object__.__setattr__(self,'rounding_rule',rounding_rule)
  __dataclass_builtins_object__.__setattr__(self,'band_rules',band_rules)
  __dataclass_builtins_object__.__setattr__(self,'band_bounds',band_bounds)
 return __init__


INITS["def __create_fn__(_type_key_question, _type_standard, _type_domain, _type_admits, _type_domain_slot, _type_own_slot, _type_domain_needs, _type_own_needs, _type_strict_prompts, _type_applies, _type_applies_rule, _type_prompts, _type_rounding_rule, _type_band_rules, _type_band_bounds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,key_question:_type_key_question,standard:_type_standard,domain:_type_domain,admits:_type_admits,domain_slot:_type_domain_slot,own_slot:_type_own_slot,domain_needs:_type_domain_needs,own_needs:_type_own_needs,strict_prompts:_type_strict_prompts,applies:_type_applies,applies_rule:_type_applies_rule,prompts:_type_prompts,rounding_rule:_type_rounding_rule,band_rules:_type_band_rules,band_bounds:_type_band_bounds)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key_question',key_question)\n  __dataclass_builtins_object__.__setattr__(self,'standard',standard)\n  __dataclass_builtins_object__.__setattr__(self,'domain',domain)\n  __dataclass_builtins_object__.__setattr__(self,'admits',admits)\n  __dataclass_builtins_object__.__setattr__(self,'domain_slot',domain_slot)\n  __dataclass_builtins_object__.__setattr__(self,'own_slot',own_slot)\n  __dataclass_builtins_object__.__setattr__(self,'domain_needs',domain_needs)\n  __dataclass_builtins_object__.__setattr__(self,'own_needs',own_needs)\n  __dataclass_builtins_object__.__setattr__(self,'strict_prompts',strict_prompts)\n  __dataclass_builtins_object__.__setattr__(self,'applies',applies)\n  __dataclass_builtins_object__.__setattr__(self,'applies_rule',applies_rule)\n  __dataclass_builtins_object__.__setattr__(self,'prompts',prompts)\n  __dataclass_builtins_object__.__setattr__(self,'rounding_rule',rounding_rule)\n  __dataclass_builtins_object__.__setattr__(self,'band_rules',band_rules)\n  __dataclass_builtins_object__.__setattr__(self,'band_bounds',band_bounds)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_key_questions, _type_banded, _type_rating, _type_score_low, _type_score_high, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,key_questions:_type_key_questions,banded:_type_banded,rating:_type_rating,score_low:_type_score_low,score_high:_type_score_high)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key_questions',key_questions)
  __dataclass_builtins_object__.__setattr__(self,'banded',banded)
  __dataclass_builtins_object__.__setattr__(self,'rating',rating)
  __dataclass_builtins_object__.__setattr__(self,'score_low',score_low)
  __dataclass_builtins_object__.__setattr__(self,'score_high',score_high)
 return __init__


INITS["def __create_fn__(_type_key_questions, _type_banded, _type_rating, _type_score_low, _type_score_high, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,key_questions:_type_key_questions,banded:_type_banded,rating:_type_rating,score_low:_type_score_low,score_high:_type_score_high)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key_questions',key_questions)\n  __dataclass_builtins_object__.__setattr__(self,'banded',banded)\n  __dataclass_builtins_object__.__setattr__(self,'rating',rating)\n  __dataclass_builtins_object__.__setattr__(self,'score_low',score_low)\n  __dataclass_builtins_object__.__setattr__(self,'score_high',score_high)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_kind, _type_id, _type_title, _type_span, _type_name_span, _type_children, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_children, _return_type):
 def __init__(self,*,kind:_type_kind,id:_type_id,title:_type_title,span:_type_span,name_span:_type_name_span,children:_type_children=_dflt_children)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'name_span',name_span)
  __dataclass_builtins_object__.__setattr__(self,'children',children)
 return __init__


INITS["def __create_fn__(_type_kind, _type_id, _type_title, _type_span, _type_name_span, _type_children, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_children, _return_type):\n def __init__(self,*,kind:_type_kind,id:_type_id,title:_type_title,span:_type_span,name_span:_type_name_span,children:_type_children=_dflt_children)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'name_span',name_span)\n  __dataclass_builtins_object__.__setattr__(self,'children',children)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_kind, _type_id, _type_title, _type_status, _type_where, _type_clauses, _type_domain, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_domain, _return_type):
 def __init__(self,*,kind:_type_kind,id:_type_id,title:_type_title,status:_type_status,where:_type_where,clauses:_type_clauses,domain:_type_domain=_dflt_domain)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'where',where)
  __dataclass_builtins_object__.__setattr__(self,'clauses',clauses)
  __dataclass_builtins_object__.__setattr__(self,'domain',domain)
 return __init__


INITS["def __create_fn__(_type_kind, _type_id, _type_title, _type_status, _type_where, _type_clauses, _type_domain, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_domain, _return_type):\n def __init__(self,*,kind:_type_kind,id:_type_id,title:_type_title,status:_type_status,where:_type_where,clauses:_type_clauses,domain:_type_domain=_dflt_domain)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'where',where)\n  __dataclass_builtins_object__.__setattr__(self,'clauses',clauses)\n  __dataclass_builtins_object__.__setattr__(self,'domain',domain)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_kind, _type_key, _type_label, _type_where, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,kind:_type_kind,key:_type_key,label:_type_label,where:_type_where)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'where',where)
 return __init__


INITS["def __create_fn__(_type_kind, _type_key, _type_label, _type_where, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,kind:_type_kind,key:_type_key,label:_type_label,where:_type_where)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'where',where)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_kind, _type_symbol, _type_meaning, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,kind:_type_kind,symbol:_type_symbol,meaning:_type_meaning)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'symbol',symbol)
  __dataclass_builtins_object__.__setattr__(self,'meaning',meaning)
 return __init__


INITS["def __create_fn__(_type_kind, _type_symbol, _type_meaning, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,kind:_type_kind,symbol:_type_symbol,meaning:_type_meaning)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'symbol',symbol)\n  __dataclass_builtins_object__.__setattr__(self,'meaning',meaning)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_label, _type_counts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,label:_type_label,counts:_type_counts)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'counts',counts)
 return __init__


INITS["def __create_fn__(_type_label, _type_counts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,label:_type_label,counts:_type_counts)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'counts',counts)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_layouts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,layouts:_type_layouts)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'layouts',layouts)
 return __init__


INITS["def __create_fn__(_type_layouts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,layouts:_type_layouts)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'layouts',layouts)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_line, _type_cells, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,line:_type_line,cells:_type_cells)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'cells',cells)
 return __init__


INITS["def __create_fn__(_type_line, _type_cells, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,line:_type_line,cells:_type_cells)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_line, _type_whole, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,line:_type_line,whole:_type_whole)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'whole',whole)
 return __init__


INITS["def __create_fn__(_type_line, _type_whole, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,line:_type_line,whole:_type_whole)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'whole',whole)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_lines, _type__normalised, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,lines:_type_lines)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'lines',lines)
  self.__post_init__()
 return __init__


INITS["def __create_fn__(_type_lines, _type__normalised, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,lines:_type_lines)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'lines',lines)\n  self.__post_init__()\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_low, _type_high, _type_bands, _type_span, _type_says, _type_rule, _type_rule_says, _type_limits, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_span, _dflt_says, _dflt_rule, _dflt_rule_says, _dflt_limits, _return_type):
 def __init__(self,*,low:_type_low,high:_type_high,bands:_type_bands,span:_type_span=_dflt_span,says:_type_says=_dflt_says,rule:_type_rule=_dflt_rule,rule_says:_type_rule_says=_dflt_rule_says,limits:_type_limits=_dflt_limits)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'low',low)
  __dataclass_builtins_object__.__setattr__(self,'high',high)
  __dataclass_builtins_object__.__setattr__(self,'bands',bands)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'says',says)
  __dataclass_builtins_object__.__setattr__(self,'rule',rule)
  __dataclass_builtins_object__.__setattr__(self,'rule_says',rule_says)
  __dataclass_builtins_object__.__setattr__(self,'limits',limits)
 return __init__


INITS["def __create_fn__(_type_low, _type_high, _type_bands, _type_span, _type_says, _type_rule, _type_rule_says, _type_limits, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_span, _dflt_says, _dflt_rule, _dflt_rule_says, _dflt_limits, _return_type):\n def __init__(self,*,low:_type_low,high:_type_high,bands:_type_bands,span:_type_span=_dflt_span,says:_type_says=_dflt_says,rule:_type_rule=_dflt_rule,rule_says:_type_rule_says=_dflt_rule_says,limits:_type_limits=_dflt_limits)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'low',low)\n  __dataclass_builtins_object__.__setattr__(self,'high',high)\n  __dataclass_builtins_object__.__setattr__(self,'bands',bands)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'says',says)\n  __dataclass_builtins_object__.__setattr__(self,'rule',rule)\n  __dataclass_builtins_object__.__setattr__(self,'rule_says',rule_says)\n  __dataclass_builtins_object__.__setattr__(self,'limits',limits)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_low, _type_high, _type_crosses, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,low:_type_low,high:_type_high,crosses:_type_crosses)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'low',low)
  __dataclass_builtins_object__.__setattr__(self,'high',high)
  __dataclass_builtins_object__.__setattr__(self,'crosses',crosses)
 return __init__


INITS["def __create_fn__(_type_low, _type_high, _type_crosses, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,low:_type_low,high:_type_high,crosses:_type_crosses)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'low',low)\n  __dataclass_builtins_object__.__setattr__(self,'high',high)\n  __dataclass_builtins_object__.__setattr__(self,'crosses',crosses)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_low, _type_high, _type_low_open, _type_high_open, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_low_open, _dflt_high_open, _return_type):
 def __init__(self,low:_type_low,high:_type_high,low_open:_type_low_open=_dflt_low_open,high_open:_type_high_open=_dflt_high_open)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'low',low)
  __dataclass_builtins_object__.__setattr__(self,'high',high)
  __dataclass_builtins_object__.__setattr__(self,'low_open',low_open)
  __dataclass_builtins_object__.__setattr__(self,'high_open',high_open)
 return __init__


INITS["def __create_fn__(_type_low, _type_high, _type_low_open, _type_high_open, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_low_open, _dflt_high_open, _return_type):\n def __init__(self,low:_type_low,high:_type_high,low_open:_type_low_open=_dflt_low_open,high_open:_type_high_open=_dflt_high_open)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'low',low)\n  __dataclass_builtins_object__.__setattr__(self,'high',high)\n  __dataclass_builtins_object__.__setattr__(self,'low_open',low_open)\n  __dataclass_builtins_object__.__setattr__(self,'high_open',high_open)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_low, _type_high, _type_rating, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,low:_type_low,high:_type_high,rating:_type_rating)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'low',low)
  __dataclass_builtins_object__.__setattr__(self,'high',high)
  __dataclass_builtins_object__.__setattr__(self,'rating',rating)
 return __init__


INITS["def __create_fn__(_type_low, _type_high, _type_rating, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,low:_type_low,high:_type_high,rating:_type_rating)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'low',low)\n  __dataclass_builtins_object__.__setattr__(self,'high',high)\n  __dataclass_builtins_object__.__setattr__(self,'rating',rating)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_low, _type_high, _type_rating, _type_label, _type_cite, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_label, _dflt_cite, _dflt_span, _return_type):
 def __init__(self,*,low:_type_low,high:_type_high,rating:_type_rating,label:_type_label=_dflt_label,cite:_type_cite=_dflt_cite,span:_type_span=_dflt_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'low',low)
  __dataclass_builtins_object__.__setattr__(self,'high',high)
  __dataclass_builtins_object__.__setattr__(self,'rating',rating)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'cite',cite)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__


INITS["def __create_fn__(_type_low, _type_high, _type_rating, _type_label, _type_cite, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_label, _dflt_cite, _dflt_span, _return_type):\n def __init__(self,*,low:_type_low,high:_type_high,rating:_type_rating,label:_type_label=_dflt_label,cite:_type_cite=_dflt_cite,span:_type_span=_dflt_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'low',low)\n  __dataclass_builtins_object__.__setattr__(self,'high',high)\n  __dataclass_builtins_object__.__setattr__(self,'rating',rating)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'cite',cite)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_lowest, _type_highest, _type_unrated, _type_only, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_only, _return_type):
 def __init__(self,*,lowest:_type_lowest,highest:_type_highest,unrated:_type_unrated,only:_type_only=_dflt_only)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'lowest',lowest)
  __dataclass_builtins_object__.__setattr__(self,'highest',highest)
  __dataclass_builtins_object__.__setattr__(self,'unrated',unrated)
  __dataclass_builtins_object__.__setattr__(self,'only',only)
 return __init__


INITS["def __create_fn__(_type_lowest, _type_highest, _type_unrated, _type_only, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_only, _return_type):\n def __init__(self,*,lowest:_type_lowest,highest:_type_highest,unrated:_type_unrated,only:_type_only=_dflt_only)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'lowest',lowest)\n  __dataclass_builtins_object__.__setattr__(self,'highest',highest)\n  __dataclass_builtins_object__.__setattr__(self,'unrated',unrated)\n  __dataclass_builtins_object__.__setattr__(self,'only',only)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_name, _type_format, _type_suffixes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,name:_type_name,format:_type_format,suffixes:_type_suffixes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'format',format)
  __dataclass_builtins_object__.__setattr__(self,'suffixes',suffixes)
 return __init__


INITS["def __create_fn__(_type_name, _type_format, _type_suffixes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,name:_type_name,format:_type_format,suffixes:_type_suffixes)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'format',format)\n  __dataclass_builtins_object__.__setattr__(self,'suffixes',suffixes)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_name, _type_kind, _type_values, _type_low, _type_high, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_values, _dflt_low, _dflt_high, _return_type):
 def __init__(self,*,name:_type_name,kind:_type_kind,values:_type_values=_dflt_values,low:_type_low=_dflt_low,high:_type_high=_dflt_high)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'values',values)
  __dataclass_builtins_object__.__setattr__(self,'low',low)
  __dataclass_builtins_object__.__setattr__(self,'high',high)
 return __init__


INITS["def __create_fn__(_type_name, _type_kind, _type_values, _type_low, _type_high, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_values, _dflt_low, _dflt_high, _return_type):\n def __init__(self,*,name:_type_name,kind:_type_kind,values:_type_values=_dflt_values,low:_type_low=_dflt_low,high:_type_high=_dflt_high)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'values',values)\n  __dataclass_builtins_object__.__setattr__(self,'low',low)\n  __dataclass_builtins_object__.__setattr__(self,'high',high)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_name, _type_kind, _type_values, _type_low, _type_high, _type_default, _type_description, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_values, _dflt_low, _dflt_high, _dflt_default, _dflt_description, _dflt_span, _return_type):
 def __init__(self,*,name:_type_name,kind:_type_kind,values:_type_values=_dflt_values,low:_type_low=_dflt_low,high:_type_high=_dflt_high,default:_type_default=_dflt_default,description:_type_description=_dflt_description,span:_type_span=_dflt_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'values',values)
  __dataclass_builtins_object__.__setattr__(self,'low',low)
  __dataclass_builtins_object__.__setattr__(self,'high',high)
  __dataclass_builtins_object__.__setattr__(self,'default',default)
  __dataclass_builtins_object__.__setattr__(self,'description',description)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__


INITS["def __create_fn__(_type_name, _type_kind, _type_values, _type_low, _type_high, _type_default, _type_description, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_values, _dflt_low, _dflt_high, _dflt_default, _dflt_description, _dflt_span, _return_type):\n def __init__(self,*,name:_type_name,kind:_type_kind,values:_type_values=_dflt_values,low:_type_low=_dflt_low,high:_type_high=_dflt_high,default:_type_default=_dflt_default,description:_type_description=_dflt_description,span:_type_span=_dflt_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'values',values)\n  __dataclass_builtins_object__.__setattr__(self,'low',low)\n  __dataclass_builtins_object__.__setattr__(self,'high',high)\n  __dataclass_builtins_object__.__setattr__(self,'default',default)\n  __dataclass_builtins_object__.__setattr__(self,'description',description)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_name, _type_nodeid, _type_framework, _type_inspection, _type_status, _type_invalid, _type_message, _type_error, _type_mismatches, _type_seconds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,name:_type_name,nodeid:_type_nodeid,framework:_type_framework,inspection:_type_inspection,status:_type_status,invalid:_type_invalid,message:_type_message,error:_type_error,mismatches:_type_mismatches,seconds:_type_seconds)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'nodeid',nodeid)
  __dataclass_builtins_object__.__setattr__(self,'framework',framework)
  __dataclass_builtins_object__.__setattr__(self,'inspection',inspection)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'invalid',invalid)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'error',error)
  __dataclass_builtins_object__.__setattr__(self,'mismatches',mismatches)
  __dataclass_builtins_object__.__setattr__(self,'seconds',seconds)
 return __init__


INITS["def __create_fn__(_type_name, _type_nodeid, _type_framework, _type_inspection, _type_status, _type_invalid, _type_message, _type_error, _type_mismatches, _type_seconds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,name:_type_name,nodeid:_type_nodeid,framework:_type_framework,inspection:_type_inspection,status:_type_status,invalid:_type_invalid,message:_type_message,error:_type_error,mismatches:_type_mismatches,seconds:_type_seconds)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'nodeid',nodeid)\n  __dataclass_builtins_object__.__setattr__(self,'framework',framework)\n  __dataclass_builtins_object__.__setattr__(self,'inspection',inspection)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'invalid',invalid)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'error',error)\n  __dataclass_builtins_object__.__setattr__(self,'mismatches',mismatches)\n  __dataclass_builtins_object__.__setattr__(self,'seconds',seconds)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_name, _type_op, _type_values, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_values, _return_type):
 def __init__(self,*,name:_type_name,op:_type_op,values:_type_values=_dflt_values)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'op',op)
  __dataclass_builtins_object__.__setattr__(self,'values',values)
 return __init__


INITS["def __create_fn__(_type_name, _type_op, _type_values, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_values, _return_type):\n def __init__(self,*,name:_type_name,op:_type_op,values:_type_values=_dflt_values)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'op',op)\n  __dataclass_builtins_object__.__setattr__(self,'values',values)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_name, _type_score, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_span, _return_type):
 def __init__(self,*,name:_type_name,score:_type_score,span:_type_span=_dflt_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'score',score)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__


INITS["def __create_fn__(_type_name, _type_score, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_span, _return_type):\n def __init__(self,*,name:_type_name,score:_type_score,span:_type_span=_dflt_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'score',score)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_name, _type_suffixes, _type_module, _type_table, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_table, _return_type):
 def __init__(self,*,name:_type_name,suffixes:_type_suffixes,module:_type_module,table:_type_table=_dflt_table)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'suffixes',suffixes)
  __dataclass_builtins_object__.__setattr__(self,'module',module)
  __dataclass_builtins_object__.__setattr__(self,'table',table)
 return __init__


INITS["def __create_fn__(_type_name, _type_suffixes, _type_module, _type_table, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_table, _return_type):\n def __init__(self,*,name:_type_name,suffixes:_type_suffixes,module:_type_module,table:_type_table=_dflt_table)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'suffixes',suffixes)\n  __dataclass_builtins_object__.__setattr__(self,'module',module)\n  __dataclass_builtins_object__.__setattr__(self,'table',table)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_name, _type_title, _type_changes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,name:_type_name,title:_type_title,changes:_type_changes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'changes',changes)
 return __init__


INITS["def __create_fn__(_type_name, _type_title, _type_changes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,name:_type_name,title:_type_title,changes:_type_changes)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'changes',changes)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_name, _type_value, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,name:_type_name,value:_type_value)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
 return __init__


INITS["def __create_fn__(_type_name, _type_value, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,name:_type_name,value:_type_value)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_names, _type_inspection, _type_case, _type_item, _type_answer, _type_reason, _type_facts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,names:_type_names,inspection:_type_inspection,case:_type_case,item:_type_item,answer:_type_answer,reason:_type_reason,facts:_type_facts)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'names',names)
  __dataclass_builtins_object__.__setattr__(self,'inspection',inspection)
  __dataclass_builtins_object__.__setattr__(self,'case',case)
  __dataclass_builtins_object__.__setattr__(self,'item',item)
  __dataclass_builtins_object__.__setattr__(self,'answer',answer)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
  __dataclass_builtins_object__.__setattr__(self,'facts',facts)
 return __init__


INITS["def __create_fn__(_type_names, _type_inspection, _type_case, _type_item, _type_answer, _type_reason, _type_facts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,names:_type_names,inspection:_type_inspection,case:_type_case,item:_type_item,answer:_type_answer,reason:_type_reason,facts:_type_facts)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'names',names)\n  __dataclass_builtins_object__.__setattr__(self,'inspection',inspection)\n  __dataclass_builtins_object__.__setattr__(self,'case',case)\n  __dataclass_builtins_object__.__setattr__(self,'item',item)\n  __dataclass_builtins_object__.__setattr__(self,'answer',answer)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n  __dataclass_builtins_object__.__setattr__(self,'facts',facts)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_node, _type_snippets, _type_shown, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_snippets, _dflt_shown, _return_type):
 def __init__(self,*,node:_type_node,snippets:_type_snippets=_dflt_snippets,shown:_type_shown=_dflt_shown)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'node',node)
  __dataclass_builtins_object__.__setattr__(self,'snippets',snippets)
  __dataclass_builtins_object__.__setattr__(self,'shown',shown)
 return __init__


INITS["def __create_fn__(_type_node, _type_snippets, _type_shown, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_snippets, _dflt_shown, _return_type):\n def __init__(self,*,node:_type_node,snippets:_type_snippets=_dflt_snippets,shown:_type_shown=_dflt_shown)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'node',node)\n  __dataclass_builtins_object__.__setattr__(self,'snippets',snippets)\n  __dataclass_builtins_object__.__setattr__(self,'shown',shown)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_nodeid, _type_error, _type_mismatches, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,nodeid:_type_nodeid,error:_type_error,mismatches:_type_mismatches)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'nodeid',nodeid)
  __dataclass_builtins_object__.__setattr__(self,'error',error)
  __dataclass_builtins_object__.__setattr__(self,'mismatches',mismatches)
 return __init__


INITS["def __create_fn__(_type_nodeid, _type_error, _type_mismatches, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,nodeid:_type_nodeid,error:_type_error,mismatches:_type_mismatches)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'nodeid',nodeid)\n  __dataclass_builtins_object__.__setattr__(self,'error',error)\n  __dataclass_builtins_object__.__setattr__(self,'mismatches',mismatches)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_nodeid, _type_passed, _type_status, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,nodeid:_type_nodeid,passed:_type_passed,status:_type_status)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'nodeid',nodeid)
  __dataclass_builtins_object__.__setattr__(self,'passed',passed)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
 return __init__


INITS["def __create_fn__(_type_nodeid, _type_passed, _type_status, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,nodeid:_type_nodeid,passed:_type_passed,status:_type_status)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'nodeid',nodeid)\n  __dataclass_builtins_object__.__setattr__(self,'passed',passed)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_ok, _type_family, _type_version, _type_based_on, _type_cites, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,ok:_type_ok,family:_type_family,version:_type_version,based_on:_type_based_on,cites:_type_cites)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'ok',ok)
  __dataclass_builtins_object__.__setattr__(self,'family',family)
  __dataclass_builtins_object__.__setattr__(self,'version',version)
  __dataclass_builtins_object__.__setattr__(self,'based_on',based_on)
  __dataclass_builtins_object__.__setattr__(self,'cites',cites)
 return __init__


INITS["def __create_fn__(_type_ok, _type_family, _type_version, _type_based_on, _type_cites, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,ok:_type_ok,family:_type_family,version:_type_version,based_on:_type_based_on,cites:_type_cites)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'ok',ok)\n  __dataclass_builtins_object__.__setattr__(self,'family',family)\n  __dataclass_builtins_object__.__setattr__(self,'version',version)\n  __dataclass_builtins_object__.__setattr__(self,'based_on',based_on)\n  __dataclass_builtins_object__.__setattr__(self,'cites',cites)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_old, _type_new, _type_times, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,old:_type_old,new:_type_new,times:_type_times)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'old',old)
  __dataclass_builtins_object__.__setattr__(self,'new',new)
  __dataclass_builtins_object__.__setattr__(self,'times',times)
 return __init__


INITS["def __create_fn__(_type_old, _type_new, _type_times, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,old:_type_old,new:_type_new,times:_type_times)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'old',old)\n  __dataclass_builtins_object__.__setattr__(self,'new',new)\n  __dataclass_builtins_object__.__setattr__(self,'times',times)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_old, _type_new, _type_total, _type_counts, _type_domains, _type_items, _type_empty, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,old:_type_old,new:_type_new,total:_type_total,counts:_type_counts,domains:_type_domains,items:_type_items,empty:_type_empty)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'old',old)
  __dataclass_builtins_object__.__setattr__(self,'new',new)
  __dataclass_builtins_object__.__setattr__(self,'total',total)
  __dataclass_builtins_object__.__setattr__(self,'counts',counts)
  __dataclass_builtins_object__.__setattr__(self,'domains',domains)
  __dataclass_builtins_object__.__setattr__(self,'items',items)
  __dataclass_builtins_object__.__setattr__(self,'empty',empty)
 return __init__


INITS["def __create_fn__(_type_old, _type_new, _type_total, _type_counts, _type_domains, _type_items, _type_empty, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,old:_type_old,new:_type_new,total:_type_total,counts:_type_counts,domains:_type_domains,items:_type_items,empty:_type_empty)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'old',old)\n  __dataclass_builtins_object__.__setattr__(self,'new',new)\n  __dataclass_builtins_object__.__setattr__(self,'total',total)\n  __dataclass_builtins_object__.__setattr__(self,'counts',counts)\n  __dataclass_builtins_object__.__setattr__(self,'domains',domains)\n  __dataclass_builtins_object__.__setattr__(self,'items',items)\n  __dataclass_builtins_object__.__setattr__(self,'empty',empty)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_old, _type_new, _type_total, _type_counts, _type_rewordings, _type_sections, _type_empty, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,old:_type_old,new:_type_new,total:_type_total,counts:_type_counts,rewordings:_type_rewordings,sections:_type_sections,empty:_type_empty)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'old',old)
  __dataclass_builtins_object__.__setattr__(self,'new',new)
  __dataclass_builtins_object__.__setattr__(self,'total',total)
  __dataclass_builtins_object__.__setattr__(self,'counts',counts)
  __dataclass_builtins_object__.__setattr__(self,'rewordings',rewordings)
  __dataclass_builtins_object__.__setattr__(self,'sections',sections)
  __dataclass_builtins_object__.__setattr__(self,'empty',empty)
 return __init__


INITS["def __create_fn__(_type_old, _type_new, _type_total, _type_counts, _type_rewordings, _type_sections, _type_empty, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,old:_type_old,new:_type_new,total:_type_total,counts:_type_counts,rewordings:_type_rewordings,sections:_type_sections,empty:_type_empty)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'old',old)\n  __dataclass_builtins_object__.__setattr__(self,'new',new)\n  __dataclass_builtins_object__.__setattr__(self,'total',total)\n  __dataclass_builtins_object__.__setattr__(self,'counts',counts)\n  __dataclass_builtins_object__.__setattr__(self,'rewordings',rewordings)\n  __dataclass_builtins_object__.__setattr__(self,'sections',sections)\n  __dataclass_builtins_object__.__setattr__(self,'empty',empty)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_one, _type_times, _type_plus, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,one:_type_one,times:_type_times,plus:_type_plus)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'one',one)
  __dataclass_builtins_object__.__setattr__(self,'times',times)
  __dataclass_builtins_object__.__setattr__(self,'plus',plus)
 return __init__


INITS["def __create_fn__(_type_one, _type_times, _type_plus, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,one:_type_one,times:_type_times,plus:_type_plus)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'one',one)\n  __dataclass_builtins_object__.__setattr__(self,'times',times)\n  __dataclass_builtins_object__.__setattr__(self,'plus',plus)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_op, _type_old, _type_new, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,op:_type_op,old:_type_old,new:_type_new)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'op',op)
  __dataclass_builtins_object__.__setattr__(self,'old',old)
  __dataclass_builtins_object__.__setattr__(self,'new',new)
 return __init__


INITS["def __create_fn__(_type_op, _type_old, _type_new, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,op:_type_op,old:_type_old,new:_type_new)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'op',op)\n  __dataclass_builtins_object__.__setattr__(self,'old',old)\n  __dataclass_builtins_object__.__setattr__(self,'new',new)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_operand, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,operand:_type_operand)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'operand',operand)
 return __init__


INITS["def __create_fn__(_type_operand, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,operand:_type_operand)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'operand',operand)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_operands, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,operands:_type_operands)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'operands',operands)
 return __init__


INITS["def __create_fn__(_type_operands, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,operands:_type_operands)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'operands',operands)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_outcomes, _type_seconds, _type_verbose, _type_coverage, _type_names, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_verbose, _dflt_coverage, _dflt_names, _return_type):
 def __init__(self,*,outcomes:_type_outcomes,seconds:_type_seconds,verbose:_type_verbose=_dflt_verbose,coverage:_type_coverage=_dflt_coverage,names:_type_names=_dflt_names)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'outcomes',outcomes)
  __dataclass_builtins_object__.__setattr__(self,'seconds',seconds)
  __dataclass_builtins_object__.__setattr__(self,'verbose',verbose)
  __dataclass_builtins_object__.__setattr__(self,'coverage',coverage)
  __dataclass_builtins_object__.__setattr__(self,'names',names)
 return __init__


INITS["def __create_fn__(_type_outcomes, _type_seconds, _type_verbose, _type_coverage, _type_names, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_verbose, _dflt_coverage, _dflt_names, _return_type):\n def __init__(self,*,outcomes:_type_outcomes,seconds:_type_seconds,verbose:_type_verbose=_dflt_verbose,coverage:_type_coverage=_dflt_coverage,names:_type_names=_dflt_names)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'outcomes',outcomes)\n  __dataclass_builtins_object__.__setattr__(self,'seconds',seconds)\n  __dataclass_builtins_object__.__setattr__(self,'verbose',verbose)\n  __dataclass_builtins_object__.__setattr__(self,'coverage',coverage)\n  __dataclass_builtins_object__.__setattr__(self,'names',names)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_own, _type_occurrences, _type_symbols, _type_outline, _type_texts, _type_family, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_texts, _dflt_family, _return_type):
 def __init__(self,*,own:_type_own,occurrences:_type_occurrences,symbols:_type_symbols,outline:_type_outline,texts:_type_texts=_HAS_DEFAULT_FACTORY,family:_type_family=_dflt_family)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'own',own)
  __dataclass_builtins_object__.__setattr__(self,'occurrences',occurrences)
  __dataclass_builtins_object__.__setattr__(self,'symbols',symbols)
  __dataclass_builtins_object__.__setattr__(self,'outline',outline)
  __dataclass_builtins_object__.__setattr__(self,'texts',_dflt_texts() if texts is _HAS_DEFAULT_FACTORY else texts)
  __dataclass_builtins_object__.__setattr__(self,'family',family)
 return __init__


INITS["def __create_fn__(_type_own, _type_occurrences, _type_symbols, _type_outline, _type_texts, _type_family, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_texts, _dflt_family, _return_type):\n def __init__(self,*,own:_type_own,occurrences:_type_occurrences,symbols:_type_symbols,outline:_type_outline,texts:_type_texts=_HAS_DEFAULT_FACTORY,family:_type_family=_dflt_family)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'own',own)\n  __dataclass_builtins_object__.__setattr__(self,'occurrences',occurrences)\n  __dataclass_builtins_object__.__setattr__(self,'symbols',symbols)\n  __dataclass_builtins_object__.__setattr__(self,'outline',outline)\n  __dataclass_builtins_object__.__setattr__(self,'texts',_dflt_texts() if texts is _HAS_DEFAULT_FACTORY else texts)\n  __dataclass_builtins_object__.__setattr__(self,'family',family)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_path, _type_id, _type_based_on, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,path:_type_path,id:_type_id,based_on:_type_based_on)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'based_on',based_on)
 return __init__


INITS["def __create_fn__(_type_path, _type_id, _type_based_on, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,path:_type_path,id:_type_id,based_on:_type_based_on)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'based_on',based_on)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_path, _type_key, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_key, _return_type):
 def __init__(self,*,path:_type_path,key:_type_key=_dflt_key)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'key',key)
 return __init__


INITS["def __create_fn__(_type_path, _type_key, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_key, _return_type):\n def __init__(self,*,path:_type_path,key:_type_key=_dflt_key)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_path, _type_line, _type_col, _type_end_line, _type_end_col, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,path:_type_path,line:_type_line,col:_type_col,end_line:_type_end_line,end_col:_type_end_col)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'col',col)
  __dataclass_builtins_object__.__setattr__(self,'end_line',end_line)
  __dataclass_builtins_object__.__setattr__(self,'end_col',end_col)
 return __init__


INITS["def __create_fn__(_type_path, _type_line, _type_col, _type_end_line, _type_end_col, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,path:_type_path,line:_type_line,col:_type_col,end_line:_type_end_line,end_col:_type_end_col)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'col',col)\n  __dataclass_builtins_object__.__setattr__(self,'end_line',end_line)\n  __dataclass_builtins_object__.__setattr__(self,'end_col',end_col)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_path, _type_name, _type_folder, _type_text, _type_digest, _type_facts, _type_parsed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_parsed, _return_type):
 def __init__(self,*,path:_type_path,name:_type_name,folder:_type_folder,text:_type_text,digest:_type_digest,facts:_type_facts,parsed:_type_parsed=_dflt_parsed)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'folder',folder)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'digest',digest)
  __dataclass_builtins_object__.__setattr__(self,'facts',facts)
  __dataclass_builtins_object__.__setattr__(self,'parsed',parsed)
 return __init__


INITS["def __create_fn__(_type_path, _type_name, _type_folder, _type_text, _type_digest, _type_facts, _type_parsed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_parsed, _return_type):\n def __init__(self,*,path:_type_path,name:_type_name,folder:_type_folder,text:_type_text,digest:_type_digest,facts:_type_facts,parsed:_type_parsed=_dflt_parsed)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'folder',folder)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'digest',digest)\n  __dataclass_builtins_object__.__setattr__(self,'facts',facts)\n  __dataclass_builtins_object__.__setattr__(self,'parsed',parsed)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_path, _type_ok, _type_summary, _type_diagnostics, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,path:_type_path,ok:_type_ok,summary:_type_summary,diagnostics:_type_diagnostics)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'ok',ok)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'diagnostics',diagnostics)
 return __init__


INITS["def __create_fn__(_type_path, _type_ok, _type_summary, _type_diagnostics, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,path:_type_path,ok:_type_ok,summary:_type_summary,diagnostics:_type_diagnostics)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'ok',ok)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'diagnostics',diagnostics)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_path, _type_service, _type_framework, _type_fieldwork, _type_note, _type_population, _type_source, _type_lead_inspector, _type_digest, _type_judgements, _type_counts, _type_discretion, _type_not_inspected, _type_cases, _type_quoted_numbers, _type_table, _type_locator, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_framework, _dflt_fieldwork, _dflt_note, _dflt_population, _dflt_source, _dflt_lead_inspector, _dflt_digest, _dflt_judgements, _dflt_counts, _dflt_discretion, _dflt_not_inspected, _dflt_cases, _dflt_quoted_numbers, _return_type):
 def __init__(self,*,path:_type_path,service:_type_service,framework:_type_framework=_dflt_framework,fieldwork:_type_fieldwork=_dflt_fieldwork,note:_type_note=_dflt_note,population:_type_population=_HAS_DEFAULT_FACTORY,source:_type_source=_dflt_source,lead_inspector:_type_lead_inspector=_dflt_lead_inspector,digest:_type_digest=_dflt_digest,judgements:_type_judgements=_HAS_DEFAULT_FACTORY,counts:_type_counts=_HAS_DEFAULT_FACTORY,discretion:_type_discretion=_HAS_DEFAULT_FACTORY,not_inspected:_type_not_inspected=_HAS_DEFAULT_FACTORY,cases:_type_cases=_dflt_cases,quoted_numbers:_type_quoted_numbers=_HAS_DEFAULT_FACTORY,table:_type_table,locator:_type_locator)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'service',service)
  __dataclass_builtins_object__.__setattr__(self,'framework',framework)
  __dataclass_builtins_object__.__setattr__(self,'fieldwork',fieldwork)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'population',_dflt_population() if population is _HAS_DEFAULT_FACTORY else population)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'lead_inspector',lead_inspector)
  __dataclass_builtins_object__.__setattr__(self,'digest',digest)
  __dataclass_builtins_object__.__setattr__(self,'judgements',_dflt_judgements() if judgements is _HAS_DEFAULT_FACTORY else judgements)
  __dataclass_builtins_object__.__setattr__(self,'counts',_dflt_counts() if counts is _HAS_DEFAULT_FACTORY else counts)
  __dataclass_builtins_object__.__setattr__(self,'discretion',_dflt_discretion() if discretion is _HAS_DEFAULT_FACTORY else discretion)
  __dataclass_builtins_object__.__setattr__(self,'not_inspected',_dflt_not_inspected() if not_inspected is _HAS_DEFAULT_FACTORY else not_inspected)
  __dataclass_builtins_object__.__setattr__(self,'cases',cases)
  __dataclass_builtins_object__.__setattr__(self,'quoted_numbers',_dflt_quoted_numbers() if quoted_numbers is _HAS_DEFAULT_FACTORY else quoted_numbers)
  __dataclass_builtins_object__.__setattr__(self,'table',table)
  __dataclass_builtins_object__.__setattr__(self,'locator',locator)
 return __init__


INITS["def __create_fn__(_type_path, _type_service, _type_framework, _type_fieldwork, _type_note, _type_population, _type_source, _type_lead_inspector, _type_digest, _type_judgements, _type_counts, _type_discretion, _type_not_inspected, _type_cases, _type_quoted_numbers, _type_table, _type_locator, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_framework, _dflt_fieldwork, _dflt_note, _dflt_population, _dflt_source, _dflt_lead_inspector, _dflt_digest, _dflt_judgements, _dflt_counts, _dflt_discretion, _dflt_not_inspected, _dflt_cases, _dflt_quoted_numbers, _return_type):\n def __init__(self,*,path:_type_path,service:_type_service,framework:_type_framework=_dflt_framework,fieldwork:_type_fieldwork=_dflt_fieldwork,note:_type_note=_dflt_note,population:_type_population=_HAS_DEFAULT_FACTORY,source:_type_source=_dflt_source,lead_inspector:_type_lead_inspector=_dflt_lead_inspector,digest:_type_digest=_dflt_digest,judgements:_type_judgements=_HAS_DEFAULT_FACTORY,counts:_type_counts=_HAS_DEFAULT_FACTORY,discretion:_type_discretion=_HAS_DEFAULT_FACTORY,not_inspected:_type_not_inspected=_HAS_DEFAULT_FACTORY,cases:_type_cases=_dflt_cases,quoted_numbers:_type_quoted_numbers=_HAS_DEFAULT_FACTORY,table:_type_table,locator:_type_locator)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'service',service)\n  __dataclass_builtins_object__.__setattr__(self,'framework',framework)\n  __dataclass_builtins_object__.__setattr__(self,'fieldwork',fieldwork)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'population',_dflt_population() if population is _HAS_DEFAULT_FACTORY else population)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'lead_inspector',lead_inspector)\n  __dataclass_builtins_object__.__setattr__(self,'digest',digest)\n  __dataclass_builtins_object__.__setattr__(self,'judgements',_dflt_judgements() if judgements is _HAS_DEFAULT_FACTORY else judgements)\n  __dataclass_builtins_object__.__setattr__(self,'counts',_dflt_counts() if counts is _HAS_DEFAULT_FACTORY else counts)\n  __dataclass_builtins_object__.__setattr__(self,'discretion',_dflt_discretion() if discretion is _HAS_DEFAULT_FACTORY else discretion)\n  __dataclass_builtins_object__.__setattr__(self,'not_inspected',_dflt_not_inspected() if not_inspected is _HAS_DEFAULT_FACTORY else not_inspected)\n  __dataclass_builtins_object__.__setattr__(self,'cases',cases)\n  __dataclass_builtins_object__.__setattr__(self,'quoted_numbers',_dflt_quoted_numbers() if quoted_numbers is _HAS_DEFAULT_FACTORY else quoted_numbers)\n  __dataclass_builtins_object__.__setattr__(self,'table',table)\n  __dataclass_builtins_object__.__setattr__(self,'locator',locator)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_path, _type_service, _type_moves, _type_undetermined, _type_notes, _type_error, _type_sha256, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_moves, _dflt_undetermined, _dflt_notes, _dflt_error, _dflt_sha256, _return_type):
 def __init__(self,*,path:_type_path,service:_type_service,moves:_type_moves=_dflt_moves,undetermined:_type_undetermined=_dflt_undetermined,notes:_type_notes=_dflt_notes,error:_type_error=_dflt_error,sha256:_type_sha256=_dflt_sha256)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'service',service)
  __dataclass_builtins_object__.__setattr__(self,'moves',moves)
  __dataclass_builtins_object__.__setattr__(self,'undetermined',undetermined)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
  __dataclass_builtins_object__.__setattr__(self,'error',error)
  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)
 return __init__


INITS["def __create_fn__(_type_path, _type_service, _type_moves, _type_undetermined, _type_notes, _type_error, _type_sha256, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_moves, _dflt_undetermined, _dflt_notes, _dflt_error, _dflt_sha256, _return_type):\n def __init__(self,*,path:_type_path,service:_type_service,moves:_type_moves=_dflt_moves,undetermined:_type_undetermined=_dflt_undetermined,notes:_type_notes=_dflt_notes,error:_type_error=_dflt_error,sha256:_type_sha256=_dflt_sha256)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'service',service)\n  __dataclass_builtins_object__.__setattr__(self,'moves',moves)\n  __dataclass_builtins_object__.__setattr__(self,'undetermined',undetermined)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n  __dataclass_builtins_object__.__setattr__(self,'error',error)\n  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_path, _type_sha256, _type_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_id, _return_type):
 def __init__(self,*,path:_type_path,sha256:_type_sha256,id:_type_id=_dflt_id)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)
  __dataclass_builtins_object__.__setattr__(self,'id',id)
 return __init__


INITS["def __create_fn__(_type_path, _type_sha256, _type_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_id, _return_type):\n def __init__(self,*,path:_type_path,sha256:_type_sha256,id:_type_id=_dflt_id)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_path, _type_sha256, _type_short, _type_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_id, _return_type):
 def __init__(self,*,path:_type_path,sha256:_type_sha256,short:_type_short,id:_type_id=_dflt_id)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)
  __dataclass_builtins_object__.__setattr__(self,'short',short)
  __dataclass_builtins_object__.__setattr__(self,'id',id)
 return __init__


INITS["def __create_fn__(_type_path, _type_sha256, _type_short, _type_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_id, _return_type):\n def __init__(self,*,path:_type_path,sha256:_type_sha256,short:_type_short,id:_type_id=_dflt_id)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)\n  __dataclass_builtins_object__.__setattr__(self,'short',short)\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_plan, _type_versions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,plan:_type_plan,versions:_type_versions)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'plan',plan)
  __dataclass_builtins_object__.__setattr__(self,'versions',versions)
 return __init__


INITS["def __create_fn__(_type_plan, _type_versions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,plan:_type_plan,versions:_type_versions)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'plan',plan)\n  __dataclass_builtins_object__.__setattr__(self,'versions',versions)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_quantifier, _type_count, _type_parts, _type_domains, _type_rating, _type_direction, _type_ratings, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_count, _dflt_domains, _dflt_direction, _dflt_span, _return_type):
 def __init__(self,*,quantifier:_type_quantifier,count:_type_count=_dflt_count,parts:_type_parts,domains:_type_domains=_dflt_domains,rating:_type_rating,direction:_type_direction=_dflt_direction,ratings:_type_ratings,span:_type_span=_dflt_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'quantifier',quantifier)
  __dataclass_builtins_object__.__setattr__(self,'count',count)
  __dataclass_builtins_object__.__setattr__(self,'parts',parts)
  __dataclass_builtins_object__.__setattr__(self,'domains',domains)
  __dataclass_builtins_object__.__setattr__(self,'rating',rating)
  __dataclass_builtins_object__.__setattr__(self,'direction',direction)
  __dataclass_builtins_object__.__setattr__(self,'ratings',ratings)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__


INITS["def __create_fn__(_type_quantifier, _type_count, _type_parts, _type_domains, _type_rating, _type_direction, _type_ratings, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_count, _dflt_domains, _dflt_direction, _dflt_span, _return_type):\n def __init__(self,*,quantifier:_type_quantifier,count:_type_count=_dflt_count,parts:_type_parts,domains:_type_domains=_dflt_domains,rating:_type_rating,direction:_type_direction=_dflt_direction,ratings:_type_ratings,span:_type_span=_dflt_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'quantifier',quantifier)\n  __dataclass_builtins_object__.__setattr__(self,'count',count)\n  __dataclass_builtins_object__.__setattr__(self,'parts',parts)\n  __dataclass_builtins_object__.__setattr__(self,'domains',domains)\n  __dataclass_builtins_object__.__setattr__(self,'rating',rating)\n  __dataclass_builtins_object__.__setattr__(self,'direction',direction)\n  __dataclass_builtins_object__.__setattr__(self,'ratings',ratings)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_rating, _type_evidence, _type_characteristics, _type_report_line, _type_scores, _type_percent, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_scores, _dflt_percent, _return_type):
 def __init__(self,*,rating:_type_rating,evidence:_type_evidence,characteristics:_type_characteristics,report_line:_type_report_line,scores:_type_scores=_dflt_scores,percent:_type_percent=_dflt_percent)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rating',rating)
  __dataclass_builtins_object__.__setattr__(self,'evidence',evidence)
  __dataclass_builtins_object__.__setattr__(self,'characteristics',characteristics)
  __dataclass_builtins_object__.__setattr__(self,'report_line',report_line)
  __dataclass_builtins_object__.__setattr__(self,'scores',scores)
  __dataclass_builtins_object__.__setattr__(self,'percent',percent)
 return __init__


INITS["def __create_fn__(_type_rating, _type_evidence, _type_characteristics, _type_report_line, _type_scores, _type_percent, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_scores, _dflt_percent, _return_type):\n def __init__(self,*,rating:_type_rating,evidence:_type_evidence,characteristics:_type_characteristics,report_line:_type_report_line,scores:_type_scores=_dflt_scores,percent:_type_percent=_dflt_percent)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rating',rating)\n  __dataclass_builtins_object__.__setattr__(self,'evidence',evidence)\n  __dataclass_builtins_object__.__setattr__(self,'characteristics',characteristics)\n  __dataclass_builtins_object__.__setattr__(self,'report_line',report_line)\n  __dataclass_builtins_object__.__setattr__(self,'scores',scores)\n  __dataclass_builtins_object__.__setattr__(self,'percent',percent)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_rating, _type_reason, _type_override, _type_line, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_override, _dflt_line, _return_type):
 def __init__(self,*,rating:_type_rating,reason:_type_reason,override:_type_override=_dflt_override,line:_type_line=_dflt_line)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rating',rating)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
  __dataclass_builtins_object__.__setattr__(self,'override',override)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
 return __init__


INITS["def __create_fn__(_type_rating, _type_reason, _type_override, _type_line, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_override, _dflt_line, _return_type):\n def __init__(self,*,rating:_type_rating,reason:_type_reason,override:_type_override=_dflt_override,line:_type_line=_dflt_line)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rating',rating)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n  __dataclass_builtins_object__.__setattr__(self,'override',override)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_rating, _type_score, _type_max, _type_scores, _type_band_rule, _type_missing, _type_undetermined, _type_given, _type_row, _type_limits, _type_plan, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_missing, _dflt_undetermined, _dflt_given, _dflt_row, _dflt_limits, _dflt_plan, _return_type):
 def __init__(self,*,rating:_type_rating,score:_type_score,max:_type_max,scores:_type_scores,band_rule:_type_band_rule,missing:_type_missing=_dflt_missing,undetermined:_type_undetermined=_dflt_undetermined,given:_type_given=_dflt_given,row:_type_row=_dflt_row,limits:_type_limits=_dflt_limits,plan:_type_plan=_dflt_plan)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rating',rating)
  __dataclass_builtins_object__.__setattr__(self,'score',score)
  __dataclass_builtins_object__.__setattr__(self,'max',max)
  __dataclass_builtins_object__.__setattr__(self,'scores',scores)
  __dataclass_builtins_object__.__setattr__(self,'band_rule',band_rule)
  __dataclass_builtins_object__.__setattr__(self,'missing',missing)
  __dataclass_builtins_object__.__setattr__(self,'undetermined',undetermined)
  __dataclass_builtins_object__.__setattr__(self,'given',given)
  __dataclass_builtins_object__.__setattr__(self,'row',row)
  __dataclass_builtins_object__.__setattr__(self,'limits',limits)
  __dataclass_builtins_object__.__setattr__(self,'plan',plan)
 return __init__


INITS["def __create_fn__(_type_rating, _type_score, _type_max, _type_scores, _type_band_rule, _type_missing, _type_undetermined, _type_given, _type_row, _type_limits, _type_plan, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_missing, _dflt_undetermined, _dflt_given, _dflt_row, _dflt_limits, _dflt_plan, _return_type):\n def __init__(self,*,rating:_type_rating,score:_type_score,max:_type_max,scores:_type_scores,band_rule:_type_band_rule,missing:_type_missing=_dflt_missing,undetermined:_type_undetermined=_dflt_undetermined,given:_type_given=_dflt_given,row:_type_row=_dflt_row,limits:_type_limits=_dflt_limits,plan:_type_plan=_dflt_plan)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rating',rating)\n  __dataclass_builtins_object__.__setattr__(self,'score',score)\n  __dataclass_builtins_object__.__setattr__(self,'max',max)\n  __dataclass_builtins_object__.__setattr__(self,'scores',scores)\n  __dataclass_builtins_object__.__setattr__(self,'band_rule',band_rule)\n  __dataclass_builtins_object__.__setattr__(self,'missing',missing)\n  __dataclass_builtins_object__.__setattr__(self,'undetermined',undetermined)\n  __dataclass_builtins_object__.__setattr__(self,'given',given)\n  __dataclass_builtins_object__.__setattr__(self,'row',row)\n  __dataclass_builtins_object__.__setattr__(self,'limits',limits)\n  __dataclass_builtins_object__.__setattr__(self,'plan',plan)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_rating, _type_score, _type_score_figure, _type_score_phrase, _type_score_heading, _type_label, _type_set_by, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_label, _dflt_set_by, _dflt_source, _return_type):
 def __init__(self,*,rating:_type_rating,score:_type_score,score_figure:_type_score_figure,score_phrase:_type_score_phrase,score_heading:_type_score_heading,label:_type_label=_dflt_label,set_by:_type_set_by=_dflt_set_by,source:_type_source=_dflt_source)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rating',rating)
  __dataclass_builtins_object__.__setattr__(self,'score',score)
  __dataclass_builtins_object__.__setattr__(self,'score_figure',score_figure)
  __dataclass_builtins_object__.__setattr__(self,'score_phrase',score_phrase)
  __dataclass_builtins_object__.__setattr__(self,'score_heading',score_heading)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'set_by',set_by)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
 return __init__


INITS["def __create_fn__(_type_rating, _type_score, _type_score_figure, _type_score_phrase, _type_score_heading, _type_label, _type_set_by, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_label, _dflt_set_by, _dflt_source, _return_type):\n def __init__(self,*,rating:_type_rating,score:_type_score,score_figure:_type_score_figure,score_phrase:_type_score_phrase,score_heading:_type_score_heading,label:_type_label=_dflt_label,set_by:_type_set_by=_dflt_set_by,source:_type_source=_dflt_source)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rating',rating)\n  __dataclass_builtins_object__.__setattr__(self,'score',score)\n  __dataclass_builtins_object__.__setattr__(self,'score_figure',score_figure)\n  __dataclass_builtins_object__.__setattr__(self,'score_phrase',score_phrase)\n  __dataclass_builtins_object__.__setattr__(self,'score_heading',score_heading)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'set_by',set_by)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_rating, _type_scores, _type_evidence, _type_line, _type_key, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rating, _dflt_scores, _dflt_evidence, _dflt_line, _dflt_key, _return_type):
 def __init__(self,*,rating:_type_rating=_dflt_rating,scores:_type_scores=_dflt_scores,evidence:_type_evidence=_dflt_evidence,line:_type_line=_dflt_line,key:_type_key=_dflt_key)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rating',rating)
  __dataclass_builtins_object__.__setattr__(self,'scores',scores)
  __dataclass_builtins_object__.__setattr__(self,'evidence',evidence)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'key',key)
 return __init__


INITS["def __create_fn__(_type_rating, _type_scores, _type_evidence, _type_line, _type_key, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rating, _dflt_scores, _dflt_evidence, _dflt_line, _dflt_key, _return_type):\n def __init__(self,*,rating:_type_rating=_dflt_rating,scores:_type_scores=_dflt_scores,evidence:_type_evidence=_dflt_evidence,line:_type_line=_dflt_line,key:_type_key=_dflt_key)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rating',rating)\n  __dataclass_builtins_object__.__setattr__(self,'scores',scores)\n  __dataclass_builtins_object__.__setattr__(self,'evidence',evidence)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_rating, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,rating:_type_rating,text:_type_text)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rating',rating)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
 return __init__


INITS["def __create_fn__(_type_rating, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,rating:_type_rating,text:_type_text)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rating',rating)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_rating, _type_when, _type_cite, _type_says, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_cite, _dflt_says, _dflt_span, _return_type):
 def __init__(self,*,rating:_type_rating,when:_type_when,cite:_type_cite=_dflt_cite,says:_type_says=_dflt_says,span:_type_span=_dflt_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rating',rating)
  __dataclass_builtins_object__.__setattr__(self,'when',when)
  __dataclass_builtins_object__.__setattr__(self,'cite',cite)
  __dataclass_builtins_object__.__setattr__(self,'says',says)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__


INITS["def __create_fn__(_type_rating, _type_when, _type_cite, _type_says, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_cite, _dflt_says, _dflt_span, _return_type):\n def __init__(self,*,rating:_type_rating,when:_type_when,cite:_type_cite=_dflt_cite,says:_type_says=_dflt_says,span:_type_span=_dflt_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rating',rating)\n  __dataclass_builtins_object__.__setattr__(self,'when',when)\n  __dataclass_builtins_object__.__setattr__(self,'cite',cite)\n  __dataclass_builtins_object__.__setattr__(self,'says',says)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_rating, _type_when, _type_cite, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_when, _dflt_cite, _dflt_span, _return_type):
 def __init__(self,*,rating:_type_rating,when:_type_when=_dflt_when,cite:_type_cite=_dflt_cite,span:_type_span=_dflt_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rating',rating)
  __dataclass_builtins_object__.__setattr__(self,'when',when)
  __dataclass_builtins_object__.__setattr__(self,'cite',cite)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__


INITS["def __create_fn__(_type_rating, _type_when, _type_cite, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_when, _dflt_cite, _dflt_span, _return_type):\n def __init__(self,*,rating:_type_rating,when:_type_when=_dflt_when,cite:_type_cite=_dflt_cite,span:_type_span=_dflt_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rating',rating)\n  __dataclass_builtins_object__.__setattr__(self,'when',when)\n  __dataclass_builtins_object__.__setattr__(self,'cite',cite)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_ratingbook, _type_fieldwork, _type_lead_inspector, _type_framework, _type_framework_files, _type_data, _type_report, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,ratingbook:_type_ratingbook,fieldwork:_type_fieldwork,lead_inspector:_type_lead_inspector,framework:_type_framework,framework_files:_type_framework_files,data:_type_data,report:_type_report)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'ratingbook',ratingbook)
  __dataclass_builtins_object__.__setattr__(self,'fieldwork',fieldwork)
  __dataclass_builtins_object__.__setattr__(self,'lead_inspector',lead_inspector)
  __dataclass_builtins_object__.__setattr__(self,'framework',framework)
  __dataclass_builtins_object__.__setattr__(self,'framework_files',framework_files)
  __dataclass_builtins_object__.__setattr__(self,'data',data)
  __dataclass_builtins_object__.__setattr__(self,'report',report)
 return __init__


INITS["def __create_fn__(_type_ratingbook, _type_fieldwork, _type_lead_inspector, _type_framework, _type_framework_files, _type_data, _type_report, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,ratingbook:_type_ratingbook,fieldwork:_type_fieldwork,lead_inspector:_type_lead_inspector,framework:_type_framework,framework_files:_type_framework_files,data:_type_data,report:_type_report)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'ratingbook',ratingbook)\n  __dataclass_builtins_object__.__setattr__(self,'fieldwork',fieldwork)\n  __dataclass_builtins_object__.__setattr__(self,'lead_inspector',lead_inspector)\n  __dataclass_builtins_object__.__setattr__(self,'framework',framework)\n  __dataclass_builtins_object__.__setattr__(self,'framework_files',framework_files)\n  __dataclass_builtins_object__.__setattr__(self,'data',data)\n  __dataclass_builtins_object__.__setattr__(self,'report',report)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_ratingbook, _type_framework, _type_framework_files, _type_data, _type_fieldwork, _type_lead_inspector, _type_report, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,ratingbook:_type_ratingbook,framework:_type_framework,framework_files:_type_framework_files,data:_type_data,fieldwork:_type_fieldwork,lead_inspector:_type_lead_inspector,report:_type_report)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'ratingbook',ratingbook)
  __dataclass_builtins_object__.__setattr__(self,'framework',framework)
  __dataclass_builtins_object__.__setattr__(self,'framework_files',framework_files)
  __dataclass_builtins_object__.__setattr__(self,'data',data)
  __dataclass_builtins_object__.__setattr__(self,'fieldwork',fieldwork)
  __dataclass_builtins_object__.__setattr__(self,'lead_inspector',lead_inspector)
  __dataclass_builtins_object__.__setattr__(self,'report',report)
 return __init__


INITS["def __create_fn__(_type_ratingbook, _type_framework, _type_framework_files, _type_data, _type_fieldwork, _type_lead_inspector, _type_report, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,ratingbook:_type_ratingbook,framework:_type_framework,framework_files:_type_framework_files,data:_type_data,fieldwork:_type_fieldwork,lead_inspector:_type_lead_inspector,report:_type_report)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'ratingbook',ratingbook)\n  __dataclass_builtins_object__.__setattr__(self,'framework',framework)\n  __dataclass_builtins_object__.__setattr__(self,'framework_files',framework_files)\n  __dataclass_builtins_object__.__setattr__(self,'data',data)\n  __dataclass_builtins_object__.__setattr__(self,'fieldwork',fieldwork)\n  __dataclass_builtins_object__.__setattr__(self,'lead_inspector',lead_inspector)\n  __dataclass_builtins_object__.__setattr__(self,'report',report)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_reason, _type_line, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_line, _return_type):
 def __init__(self,*,reason:_type_reason,line:_type_line=_dflt_line)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
 return __init__


INITS["def __create_fn__(_type_reason, _type_line, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_line, _return_type):\n def __init__(self,*,reason:_type_reason,line:_type_line=_dflt_line)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_reason, _type_settle, _type_percent_low, _type_percent_high, _type_bands, _type_shares, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_shares, _return_type):
 def __init__(self,*,reason:_type_reason,settle:_type_settle,percent_low:_type_percent_low,percent_high:_type_percent_high,bands:_type_bands,shares:_type_shares=_dflt_shares)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
  __dataclass_builtins_object__.__setattr__(self,'settle',settle)
  __dataclass_builtins_object__.__setattr__(self,'percent_low',percent_low)
  __dataclass_builtins_object__.__setattr__(self,'percent_high',percent_high)
  __dataclass_builtins_object__.__setattr__(self,'bands',bands)
  __dataclass_builtins_object__.__setattr__(self,'shares',shares)
 return __init__


INITS["def __create_fn__(_type_reason, _type_settle, _type_percent_low, _type_percent_high, _type_bands, _type_shares, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_shares, _return_type):\n def __init__(self,*,reason:_type_reason,settle:_type_settle,percent_low:_type_percent_low,percent_high:_type_percent_high,bands:_type_bands,shares:_type_shares=_dflt_shares)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n  __dataclass_builtins_object__.__setattr__(self,'settle',settle)\n  __dataclass_builtins_object__.__setattr__(self,'percent_low',percent_low)\n  __dataclass_builtins_object__.__setattr__(self,'percent_high',percent_high)\n  __dataclass_builtins_object__.__setattr__(self,'bands',bands)\n  __dataclass_builtins_object__.__setattr__(self,'shares',shares)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_relation, _type_theirs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,relation:_type_relation,theirs:_type_theirs)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'relation',relation)
  __dataclass_builtins_object__.__setattr__(self,'theirs',theirs)
 return __init__


INITS["def __create_fn__(_type_relation, _type_theirs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,relation:_type_relation,theirs:_type_theirs)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'relation',relation)\n  __dataclass_builtins_object__.__setattr__(self,'theirs',theirs)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_relevant, _type_yes, _type_percent, _type_line, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_relevant, _dflt_yes, _dflt_percent, _dflt_line, _return_type):
 def __init__(self,*,relevant:_type_relevant=_dflt_relevant,yes:_type_yes=_dflt_yes,percent:_type_percent=_dflt_percent,line:_type_line=_dflt_line)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'relevant',relevant)
  __dataclass_builtins_object__.__setattr__(self,'yes',yes)
  __dataclass_builtins_object__.__setattr__(self,'percent',percent)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
 return __init__


INITS["def __create_fn__(_type_relevant, _type_yes, _type_percent, _type_line, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_relevant, _dflt_yes, _dflt_percent, _dflt_line, _return_type):\n def __init__(self,*,relevant:_type_relevant=_dflt_relevant,yes:_type_yes=_dflt_yes,percent:_type_percent=_dflt_percent,line:_type_line=_dflt_line)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'relevant',relevant)\n  __dataclass_builtins_object__.__setattr__(self,'yes',yes)\n  __dataclass_builtins_object__.__setattr__(self,'percent',percent)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_result, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,result:_type_result)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'result',result)
 return __init__


INITS["def __create_fn__(_type_result, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,result:_type_result)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'result',result)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_result, _type_files, _type_paths, _type_folders, _type_documents, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,result:_type_result,files:_type_files,paths:_type_paths,folders:_type_folders,documents:_type_documents)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'result',result)
  __dataclass_builtins_object__.__setattr__(self,'files',files)
  __dataclass_builtins_object__.__setattr__(self,'paths',paths)
  __dataclass_builtins_object__.__setattr__(self,'folders',folders)
  __dataclass_builtins_object__.__setattr__(self,'documents',documents)
 return __init__


INITS["def __create_fn__(_type_result, _type_files, _type_paths, _type_folders, _type_documents, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,result:_type_result,files:_type_files,paths:_type_paths,folders:_type_folders,documents:_type_documents)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'result',result)\n  __dataclass_builtins_object__.__setattr__(self,'files',files)\n  __dataclass_builtins_object__.__setattr__(self,'paths',paths)\n  __dataclass_builtins_object__.__setattr__(self,'folders',folders)\n  __dataclass_builtins_object__.__setattr__(self,'documents',documents)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_result, _type_root, _type_item, _type_depth, _type_only, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_item, _dflt_depth, _dflt_only, _return_type):
 def __init__(self,*,result:_type_result,root:_type_root,item:_type_item=_dflt_item,depth:_type_depth=_dflt_depth,only:_type_only=_dflt_only)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'result',result)
  __dataclass_builtins_object__.__setattr__(self,'root',root)
  __dataclass_builtins_object__.__setattr__(self,'item',item)
  __dataclass_builtins_object__.__setattr__(self,'depth',depth)
  __dataclass_builtins_object__.__setattr__(self,'only',only)
 return __init__


INITS["def __create_fn__(_type_result, _type_root, _type_item, _type_depth, _type_only, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_item, _dflt_depth, _dflt_only, _return_type):\n def __init__(self,*,result:_type_result,root:_type_root,item:_type_item=_dflt_item,depth:_type_depth=_dflt_depth,only:_type_only=_dflt_only)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'result',result)\n  __dataclass_builtins_object__.__setattr__(self,'root',root)\n  __dataclass_builtins_object__.__setattr__(self,'item',item)\n  __dataclass_builtins_object__.__setattr__(self,'depth',depth)\n  __dataclass_builtins_object__.__setattr__(self,'only',only)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_role, _type_file, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,role:_type_role,file:_type_file)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'role',role)
  __dataclass_builtins_object__.__setattr__(self,'file',file)
 return __init__


INITS["def __create_fn__(_type_role, _type_file, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,role:_type_role,file:_type_file)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'role',role)\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_root, _type_draft, _type_draft_id, _type_based_on, _type_files, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,root:_type_root,draft:_type_draft,draft_id:_type_draft_id,based_on:_type_based_on,files:_type_files)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'root',root)
  __dataclass_builtins_object__.__setattr__(self,'draft',draft)
  __dataclass_builtins_object__.__setattr__(self,'draft_id',draft_id)
  __dataclass_builtins_object__.__setattr__(self,'based_on',based_on)
  __dataclass_builtins_object__.__setattr__(self,'files',files)
 return __init__


INITS["def __create_fn__(_type_root, _type_draft, _type_draft_id, _type_based_on, _type_files, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,root:_type_root,draft:_type_draft,draft_id:_type_draft_id,based_on:_type_based_on,files:_type_files)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'root',root)\n  __dataclass_builtins_object__.__setattr__(self,'draft',draft)\n  __dataclass_builtins_object__.__setattr__(self,'draft_id',draft_id)\n  __dataclass_builtins_object__.__setattr__(self,'based_on',based_on)\n  __dataclass_builtins_object__.__setattr__(self,'files',files)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_root, _type_file, _type_shown, _type_versions, _type_sources, _type_inspections, _type_expectations, _type_replaces, _type_named, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,root:_type_root,file:_type_file,shown:_type_shown,versions:_type_versions,sources:_type_sources,inspections:_type_inspections,expectations:_type_expectations,replaces:_type_replaces,named:_type_named)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'root',root)
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'shown',shown)
  __dataclass_builtins_object__.__setattr__(self,'versions',versions)
  __dataclass_builtins_object__.__setattr__(self,'sources',sources)
  __dataclass_builtins_object__.__setattr__(self,'inspections',inspections)
  __dataclass_builtins_object__.__setattr__(self,'expectations',expectations)
  __dataclass_builtins_object__.__setattr__(self,'replaces',replaces)
  __dataclass_builtins_object__.__setattr__(self,'named',named)
 return __init__


INITS["def __create_fn__(_type_root, _type_file, _type_shown, _type_versions, _type_sources, _type_inspections, _type_expectations, _type_replaces, _type_named, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,root:_type_root,file:_type_file,shown:_type_shown,versions:_type_versions,sources:_type_sources,inspections:_type_inspections,expectations:_type_expectations,replaces:_type_replaces,named:_type_named)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'root',root)\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n  __dataclass_builtins_object__.__setattr__(self,'shown',shown)\n  __dataclass_builtins_object__.__setattr__(self,'versions',versions)\n  __dataclass_builtins_object__.__setattr__(self,'sources',sources)\n  __dataclass_builtins_object__.__setattr__(self,'inspections',inspections)\n  __dataclass_builtins_object__.__setattr__(self,'expectations',expectations)\n  __dataclass_builtins_object__.__setattr__(self,'replaces',replaces)\n  __dataclass_builtins_object__.__setattr__(self,'named',named)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_root, _type_open_levels, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,root:_type_root,open_levels:_type_open_levels)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'root',root)
  __dataclass_builtins_object__.__setattr__(self,'open_levels',open_levels)
 return __init__


INITS["def __create_fn__(_type_root, _type_open_levels, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,root:_type_root,open_levels:_type_open_levels)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'root',root)\n  __dataclass_builtins_object__.__setattr__(self,'open_levels',open_levels)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_rounding, _type_bands, _type_rounding_span, _type_says, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rounding_span, _dflt_says, _return_type):
 def __init__(self,*,rounding:_type_rounding,bands:_type_bands,rounding_span:_type_rounding_span=_dflt_rounding_span,says:_type_says=_dflt_says)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rounding',rounding)
  __dataclass_builtins_object__.__setattr__(self,'bands',bands)
  __dataclass_builtins_object__.__setattr__(self,'rounding_span',rounding_span)
  __dataclass_builtins_object__.__setattr__(self,'says',says)
 return __init__


INITS["def __create_fn__(_type_rounding, _type_bands, _type_rounding_span, _type_says, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rounding_span, _dflt_says, _return_type):\n def __init__(self,*,rounding:_type_rounding,bands:_type_bands,rounding_span:_type_rounding_span=_dflt_rounding_span,says:_type_says=_dflt_says)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rounding',rounding)\n  __dataclass_builtins_object__.__setattr__(self,'bands',bands)\n  __dataclass_builtins_object__.__setattr__(self,'rounding_span',rounding_span)\n  __dataclass_builtins_object__.__setattr__(self,'says',says)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_rounding, _type_bands, _type_score, _type_names, _type_memo, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_memo, _return_type):
 def __init__(self,rounding:_type_rounding,bands:_type_bands,score:_type_score,names:_type_names,memo:_type_memo=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rounding',rounding)
  __dataclass_builtins_object__.__setattr__(self,'bands',bands)
  __dataclass_builtins_object__.__setattr__(self,'score',score)
  __dataclass_builtins_object__.__setattr__(self,'names',names)
  __dataclass_builtins_object__.__setattr__(self,'memo',_dflt_memo() if memo is _HAS_DEFAULT_FACTORY else memo)
 return __init__


INITS["def __create_fn__(_type_rounding, _type_bands, _type_score, _type_names, _type_memo, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_memo, _return_type):\n def __init__(self,rounding:_type_rounding,bands:_type_bands,score:_type_score,names:_type_names,memo:_type_memo=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rounding',rounding)\n  __dataclass_builtins_object__.__setattr__(self,'bands',bands)\n  __dataclass_builtins_object__.__setattr__(self,'score',score)\n  __dataclass_builtins_object__.__setattr__(self,'names',names)\n  __dataclass_builtins_object__.__setattr__(self,'memo',_dflt_memo() if memo is _HAS_DEFAULT_FACTORY else memo)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_scope, _type_scores, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,scope:_type_scope,scores:_type_scores)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'scope',scope)
  __dataclass_builtins_object__.__setattr__(self,'scores',scores)
 return __init__


INITS["def __create_fn__(_type_scope, _type_scores, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,scope:_type_scope,scores:_type_scores)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'scope',scope)\n  __dataclass_builtins_object__.__setattr__(self,'scores',scores)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_score, _type_band, _type_row, _type_given, _type_limits, _type_rating, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,score:_type_score,band:_type_band,row:_type_row,given:_type_given,limits:_type_limits,rating:_type_rating)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'score',score)
  __dataclass_builtins_object__.__setattr__(self,'band',band)
  __dataclass_builtins_object__.__setattr__(self,'row',row)
  __dataclass_builtins_object__.__setattr__(self,'given',given)
  __dataclass_builtins_object__.__setattr__(self,'limits',limits)
  __dataclass_builtins_object__.__setattr__(self,'rating',rating)
 return __init__


INITS["def __create_fn__(_type_score, _type_band, _type_row, _type_given, _type_limits, _type_rating, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,score:_type_score,band:_type_band,row:_type_row,given:_type_given,limits:_type_limits,rating:_type_rating)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'score',score)\n  __dataclass_builtins_object__.__setattr__(self,'band',band)\n  __dataclass_builtins_object__.__setattr__(self,'row',row)\n  __dataclass_builtins_object__.__setattr__(self,'given',given)\n  __dataclass_builtins_object__.__setattr__(self,'limits',limits)\n  __dataclass_builtins_object__.__setattr__(self,'rating',rating)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_scores, _type_percentage, _type_rounding, _type_bands, _type_standard_rules, _type_standards_scored, _type_overall_low, _type_overall_high, _type_overall, _type_overall_bands, _type_discretion, _type_discretion_triggers, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,scores:_type_scores,percentage:_type_percentage,rounding:_type_rounding,bands:_type_bands,standard_rules:_type_standard_rules,standards_scored:_type_standards_scored,overall_low:_type_overall_low,overall_high:_type_overall_high,overall:_type_overall,overall_bands:_type_overall_bands,discretion:_type_discretion,discretion_triggers:_type_discretion_triggers)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'scores',scores)
  __dataclass_builtins_object__.__setattr__(self,'percentage',percentage)
  __dataclass_builtins_object__.__setattr__(self,'rounding',rounding)
  __dataclass_builtins_object__.__setattr__(self,'bands',bands)
  __dataclass_builtins_object__.__setattr__(self,'standard_rules',standard_rules)
  __dataclass_builtins_object__.__setattr__(self,'standards_scored',standards_scored)
  __dataclass_builtins_object__.__setattr__(self,'overall_low',overall_low)
  __dataclass_builtins_object__.__setattr__(self,'overall_high',overall_high)
  __dataclass_builtins_object__.__setattr__(self,'overall',overall)
  __dataclass_builtins_object__.__setattr__(self,'overall_bands',overall_bands)
  __dataclass_builtins_object__.__setattr__(self,'discretion',discretion)
  __dataclass_builtins_object__.__setattr__(self,'discretion_triggers',discretion_triggers)
 return __init__


INITS["def __create_fn__(_type_scores, _type_percentage, _type_rounding, _type_bands, _type_standard_rules, _type_standards_scored, _type_overall_low, _type_overall_high, _type_overall, _type_overall_bands, _type_discretion, _type_discretion_triggers, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,scores:_type_scores,percentage:_type_percentage,rounding:_type_rounding,bands:_type_bands,standard_rules:_type_standard_rules,standards_scored:_type_standards_scored,overall_low:_type_overall_low,overall_high:_type_overall_high,overall:_type_overall,overall_bands:_type_overall_bands,discretion:_type_discretion,discretion_triggers:_type_discretion_triggers)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'scores',scores)\n  __dataclass_builtins_object__.__setattr__(self,'percentage',percentage)\n  __dataclass_builtins_object__.__setattr__(self,'rounding',rounding)\n  __dataclass_builtins_object__.__setattr__(self,'bands',bands)\n  __dataclass_builtins_object__.__setattr__(self,'standard_rules',standard_rules)\n  __dataclass_builtins_object__.__setattr__(self,'standards_scored',standards_scored)\n  __dataclass_builtins_object__.__setattr__(self,'overall_low',overall_low)\n  __dataclass_builtins_object__.__setattr__(self,'overall_high',overall_high)\n  __dataclass_builtins_object__.__setattr__(self,'overall',overall)\n  __dataclass_builtins_object__.__setattr__(self,'overall_bands',overall_bands)\n  __dataclass_builtins_object__.__setattr__(self,'discretion',discretion)\n  __dataclass_builtins_object__.__setattr__(self,'discretion_triggers',discretion_triggers)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_service, _type_framework_id, _type_framework_title, _type_framework_path, _type_inspection, _type_item, _type_depth, _type_only, _type_summary, _type_figures, _type_tree, _type_findings, _type_audit, _type_scale, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,service:_type_service,framework_id:_type_framework_id,framework_title:_type_framework_title,framework_path:_type_framework_path,inspection:_type_inspection,item:_type_item,depth:_type_depth,only:_type_only,summary:_type_summary,figures:_type_figures,tree:_type_tree,findings:_type_findings,audit:_type_audit,scale:_type_scale)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'service',service)
  __dataclass_builtins_object__.__setattr__(self,'framework_id',framework_id)
  __dataclass_builtins_object__.__setattr__(self,'framework_title',framework_title)
  __dataclass_builtins_object__.__setattr__(self,'framework_path',framework_path)
  __dataclass_builtins_object__.__setattr__(self,'inspection',inspection)
  __dataclass_builtins_object__.__setattr__(self,'item',item)
  __dataclass_builtins_object__.__setattr__(self,'depth',depth)
  __dataclass_builtins_object__.__setattr__(self,'only',only)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'figures',figures)
  __dataclass_builtins_object__.__setattr__(self,'tree',tree)
  __dataclass_builtins_object__.__setattr__(self,'findings',findings)
  __dataclass_builtins_object__.__setattr__(self,'audit',audit)
  __dataclass_builtins_object__.__setattr__(self,'scale',scale)
 return __init__


INITS["def __create_fn__(_type_service, _type_framework_id, _type_framework_title, _type_framework_path, _type_inspection, _type_item, _type_depth, _type_only, _type_summary, _type_figures, _type_tree, _type_findings, _type_audit, _type_scale, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,service:_type_service,framework_id:_type_framework_id,framework_title:_type_framework_title,framework_path:_type_framework_path,inspection:_type_inspection,item:_type_item,depth:_type_depth,only:_type_only,summary:_type_summary,figures:_type_figures,tree:_type_tree,findings:_type_findings,audit:_type_audit,scale:_type_scale)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'service',service)\n  __dataclass_builtins_object__.__setattr__(self,'framework_id',framework_id)\n  __dataclass_builtins_object__.__setattr__(self,'framework_title',framework_title)\n  __dataclass_builtins_object__.__setattr__(self,'framework_path',framework_path)\n  __dataclass_builtins_object__.__setattr__(self,'inspection',inspection)\n  __dataclass_builtins_object__.__setattr__(self,'item',item)\n  __dataclass_builtins_object__.__setattr__(self,'depth',depth)\n  __dataclass_builtins_object__.__setattr__(self,'only',only)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'figures',figures)\n  __dataclass_builtins_object__.__setattr__(self,'tree',tree)\n  __dataclass_builtins_object__.__setattr__(self,'findings',findings)\n  __dataclass_builtins_object__.__setattr__(self,'audit',audit)\n  __dataclass_builtins_object__.__setattr__(self,'scale',scale)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_service, _type_framework_id, _type_framework_title, _type_framework_path, _type_inspection, _type_overall, _type_domains, _type_discretion, _type_undetermined, _type_legend, _type_findings, _type_bands, _type_charts, _type_audit, _type_provenance, _type_scale, _type_result, _type_only, _type_depth, _type_shown_cases, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_only, _dflt_depth, _dflt_shown_cases, _return_type):
 def __init__(self,*,service:_type_service,framework_id:_type_framework_id,framework_title:_type_framework_title,framework_path:_type_framework_path,inspection:_type_inspection,overall:_type_overall,domains:_type_domains,discretion:_type_discretion,undetermined:_type_undetermined,legend:_type_legend,findings:_type_findings,bands:_type_bands,charts:_type_charts,audit:_type_audit,provenance:_type_provenance,scale:_type_scale,result:_type_result,only:_type_only=_dflt_only,depth:_type_depth=_dflt_depth,shown_cases:_type_shown_cases=_dflt_shown_cases)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'service',service)
  __dataclass_builtins_object__.__setattr__(self,'framework_id',framework_id)
  __dataclass_builtins_object__.__setattr__(self,'framework_title',framework_title)
  __dataclass_builtins_object__.__setattr__(self,'framework_path',framework_path)
  __dataclass_builtins_object__.__setattr__(self,'inspection',inspection)
  __dataclass_builtins_object__.__setattr__(self,'overall',overall)
  __dataclass_builtins_object__.__setattr__(self,'domains',domains)
  __dataclass_builtins_object__.__setattr__(self,'discretion',discretion)
  __dataclass_builtins_object__.__setattr__(self,'undetermined',undetermined)
  __dataclass_builtins_object__.__setattr__(self,'legend',legend)
  __dataclass_builtins_object__.__setattr__(self,'findings',findings)
  __dataclass_builtins_object__.__setattr__(self,'bands',bands)
  __dataclass_builtins_object__.__setattr__(self,'charts',charts)
  __dataclass_builtins_object__.__setattr__(self,'audit',audit)
  __dataclass_builtins_object__.__setattr__(self,'provenance',provenance)
  __dataclass_builtins_object__.__setattr__(self,'scale',scale)
  __dataclass_builtins_object__.__setattr__(self,'result',result)
  __dataclass_builtins_object__.__setattr__(self,'only',only)
  __dataclass_builtins_object__.__setattr__(self,'depth',depth)
  __dataclass_builtins_object__.__setattr__(self,'shown_cases',shown_cases)
 return __init__


INITS["def __create_fn__(_type_service, _type_framework_id, _type_framework_title, _type_framework_path, _type_inspection, _type_overall, _type_domains, _type_discretion, _type_undetermined, _type_legend, _type_findings, _type_bands, _type_charts, _type_audit, _type_provenance, _type_scale, _type_result, _type_only, _type_depth, _type_shown_cases, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_only, _dflt_depth, _dflt_shown_cases, _return_type):\n def __init__(self,*,service:_type_service,framework_id:_type_framework_id,framework_title:_type_framework_title,framework_path:_type_framework_path,inspection:_type_inspection,overall:_type_overall,domains:_type_domains,discretion:_type_discretion,undetermined:_type_undetermined,legend:_type_legend,findings:_type_findings,bands:_type_bands,charts:_type_charts,audit:_type_audit,provenance:_type_provenance,scale:_type_scale,result:_type_result,only:_type_only=_dflt_only,depth:_type_depth=_dflt_depth,shown_cases:_type_shown_cases=_dflt_shown_cases)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'service',service)\n  __dataclass_builtins_object__.__setattr__(self,'framework_id',framework_id)\n  __dataclass_builtins_object__.__setattr__(self,'framework_title',framework_title)\n  __dataclass_builtins_object__.__setattr__(self,'framework_path',framework_path)\n  __dataclass_builtins_object__.__setattr__(self,'inspection',inspection)\n  __dataclass_builtins_object__.__setattr__(self,'overall',overall)\n  __dataclass_builtins_object__.__setattr__(self,'domains',domains)\n  __dataclass_builtins_object__.__setattr__(self,'discretion',discretion)\n  __dataclass_builtins_object__.__setattr__(self,'undetermined',undetermined)\n  __dataclass_builtins_object__.__setattr__(self,'legend',legend)\n  __dataclass_builtins_object__.__setattr__(self,'findings',findings)\n  __dataclass_builtins_object__.__setattr__(self,'bands',bands)\n  __dataclass_builtins_object__.__setattr__(self,'charts',charts)\n  __dataclass_builtins_object__.__setattr__(self,'audit',audit)\n  __dataclass_builtins_object__.__setattr__(self,'provenance',provenance)\n  __dataclass_builtins_object__.__setattr__(self,'scale',scale)\n  __dataclass_builtins_object__.__setattr__(self,'result',result)\n  __dataclass_builtins_object__.__setattr__(self,'only',only)\n  __dataclass_builtins_object__.__setattr__(self,'depth',depth)\n  __dataclass_builtins_object__.__setattr__(self,'shown_cases',shown_cases)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_severity, _type_code, _type_message, _type_path, _type_key, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,severity:_type_severity,code:_type_code,message:_type_message,path:_type_path,key:_type_key)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'key',key)
 return __init__


INITS["def __create_fn__(_type_severity, _type_code, _type_message, _type_path, _type_key, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,severity:_type_severity,code:_type_code,message:_type_message,path:_type_path,key:_type_key)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_severity, _type_code, _type_message, _type_span, _type_notes, _type_fix, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_span, _dflt_notes, _dflt_fix, _return_type):
 def __init__(self,*,severity:_type_severity,code:_type_code,message:_type_message,span:_type_span=_dflt_span,notes:_type_notes=_dflt_notes,fix:_type_fix=_dflt_fix)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
  __dataclass_builtins_object__.__setattr__(self,'fix',fix)
  self.__post_init__()
 return __init__


INITS["def __create_fn__(_type_severity, _type_code, _type_message, _type_span, _type_notes, _type_fix, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_span, _dflt_notes, _dflt_fix, _return_type):\n def __init__(self,*,severity:_type_severity,code:_type_code,message:_type_message,span:_type_span=_dflt_span,notes:_type_notes=_dflt_notes,fix:_type_fix=_dflt_fix)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n  __dataclass_builtins_object__.__setattr__(self,'fix',fix)\n  self.__post_init__()\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_severity, _type_code, _type_message, _type_where, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,severity:_type_severity,code:_type_code,message:_type_message,where:_type_where)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'where',where)
 return __init__


INITS["def __create_fn__(_type_severity, _type_code, _type_message, _type_where, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,severity:_type_severity,code:_type_code,message:_type_message,where:_type_where)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'where',where)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_shown, _type_total, _type_one_case, _type_every_case, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,shown:_type_shown,total:_type_total,one_case:_type_one_case,every_case:_type_every_case)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'shown',shown)
  __dataclass_builtins_object__.__setattr__(self,'total',total)
  __dataclass_builtins_object__.__setattr__(self,'one_case',one_case)
  __dataclass_builtins_object__.__setattr__(self,'every_case',every_case)
 return __init__


INITS["def __create_fn__(_type_shown, _type_total, _type_one_case, _type_every_case, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,shown:_type_shown,total:_type_total,one_case:_type_one_case,every_case:_type_every_case)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'shown',shown)\n  __dataclass_builtins_object__.__setattr__(self,'total',total)\n  __dataclass_builtins_object__.__setattr__(self,'one_case',one_case)\n  __dataclass_builtins_object__.__setattr__(self,'every_case',every_case)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_side, _type_line, _type_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,side:_type_side,line:_type_line,column:_type_column)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'side',side)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'column',column)
 return __init__


INITS["def __create_fn__(_type_side, _type_line, _type_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,side:_type_side,line:_type_line,column:_type_column)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'side',side)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'column',column)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_side, _type_where, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,side:_type_side,where:_type_where)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'side',side)
  __dataclass_builtins_object__.__setattr__(self,'where',where)
 return __init__


INITS["def __create_fn__(_type_side, _type_where, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,side:_type_side,where:_type_where)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'side',side)\n  __dataclass_builtins_object__.__setattr__(self,'where',where)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_source, _type_first, _type_last, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,source:_type_source,first:_type_first,last:_type_last)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'first',first)
  __dataclass_builtins_object__.__setattr__(self,'last',last)
 return __init__


INITS["def __create_fn__(_type_source, _type_first, _type_last, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,source:_type_source,first:_type_first,last:_type_last)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'first',first)\n  __dataclass_builtins_object__.__setattr__(self,'last',last)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_spans, _type_style, _type_no_wrap, _type_overflow, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_style, _dflt_no_wrap, _dflt_overflow, _return_type):
 def __init__(self,*,spans:_type_spans,style:_type_style=_dflt_style,no_wrap:_type_no_wrap=_dflt_no_wrap,overflow:_type_overflow=_dflt_overflow)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'spans',spans)
  __dataclass_builtins_object__.__setattr__(self,'style',style)
  __dataclass_builtins_object__.__setattr__(self,'no_wrap',no_wrap)
  __dataclass_builtins_object__.__setattr__(self,'overflow',overflow)
 return __init__


INITS["def __create_fn__(_type_spans, _type_style, _type_no_wrap, _type_overflow, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_style, _dflt_no_wrap, _dflt_overflow, _return_type):\n def __init__(self,*,spans:_type_spans,style:_type_style=_dflt_style,no_wrap:_type_no_wrap=_dflt_no_wrap,overflow:_type_overflow=_dflt_overflow)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'spans',spans)\n  __dataclass_builtins_object__.__setattr__(self,'style',style)\n  __dataclass_builtins_object__.__setattr__(self,'no_wrap',no_wrap)\n  __dataclass_builtins_object__.__setattr__(self,'overflow',overflow)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_standard, _type_domain, _type_rule, _type_form, _type_key_questions, _type_in_policy, _type_kq_policy, _type_kq_ids, _type_framework_id, _type_characteristics, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,standard:_type_standard,domain:_type_domain,rule:_type_rule,form:_type_form,key_questions:_type_key_questions,in_policy:_type_in_policy,kq_policy:_type_kq_policy,kq_ids:_type_kq_ids,framework_id:_type_framework_id,characteristics:_type_characteristics)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'standard',standard)
  __dataclass_builtins_object__.__setattr__(self,'domain',domain)
  __dataclass_builtins_object__.__setattr__(self,'rule',rule)
  __dataclass_builtins_object__.__setattr__(self,'form',form)
  __dataclass_builtins_object__.__setattr__(self,'key_questions',key_questions)
  __dataclass_builtins_object__.__setattr__(self,'in_policy',in_policy)
  __dataclass_builtins_object__.__setattr__(self,'kq_policy',kq_policy)
  __dataclass_builtins_object__.__setattr__(self,'kq_ids',kq_ids)
  __dataclass_builtins_object__.__setattr__(self,'framework_id',framework_id)
  __dataclass_builtins_object__.__setattr__(self,'characteristics',characteristics)
 return __init__


INITS["def __create_fn__(_type_standard, _type_domain, _type_rule, _type_form, _type_key_questions, _type_in_policy, _type_kq_policy, _type_kq_ids, _type_framework_id, _type_characteristics, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,standard:_type_standard,domain:_type_domain,rule:_type_rule,form:_type_form,key_questions:_type_key_questions,in_policy:_type_in_policy,kq_policy:_type_kq_policy,kq_ids:_type_kq_ids,framework_id:_type_framework_id,characteristics:_type_characteristics)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'standard',standard)\n  __dataclass_builtins_object__.__setattr__(self,'domain',domain)\n  __dataclass_builtins_object__.__setattr__(self,'rule',rule)\n  __dataclass_builtins_object__.__setattr__(self,'form',form)\n  __dataclass_builtins_object__.__setattr__(self,'key_questions',key_questions)\n  __dataclass_builtins_object__.__setattr__(self,'in_policy',in_policy)\n  __dataclass_builtins_object__.__setattr__(self,'kq_policy',kq_policy)\n  __dataclass_builtins_object__.__setattr__(self,'kq_ids',kq_ids)\n  __dataclass_builtins_object__.__setattr__(self,'framework_id',framework_id)\n  __dataclass_builtins_object__.__setattr__(self,'characteristics',characteristics)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_standard, _type_judgements, _type_rating_from, _type_rating_to, _type_banded_from, _type_banded_to, _type_decision_set_aside, _type_steps, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,standard:_type_standard,judgements:_type_judgements,rating_from:_type_rating_from,rating_to:_type_rating_to,banded_from:_type_banded_from,banded_to:_type_banded_to,decision_set_aside:_type_decision_set_aside,steps:_type_steps)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'standard',standard)
  __dataclass_builtins_object__.__setattr__(self,'judgements',judgements)
  __dataclass_builtins_object__.__setattr__(self,'rating_from',rating_from)
  __dataclass_builtins_object__.__setattr__(self,'rating_to',rating_to)
  __dataclass_builtins_object__.__setattr__(self,'banded_from',banded_from)
  __dataclass_builtins_object__.__setattr__(self,'banded_to',banded_to)
  __dataclass_builtins_object__.__setattr__(self,'decision_set_aside',decision_set_aside)
  __dataclass_builtins_object__.__setattr__(self,'steps',steps)
 return __init__


INITS["def __create_fn__(_type_standard, _type_judgements, _type_rating_from, _type_rating_to, _type_banded_from, _type_banded_to, _type_decision_set_aside, _type_steps, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,standard:_type_standard,judgements:_type_judgements,rating_from:_type_rating_from,rating_to:_type_rating_to,banded_from:_type_banded_from,banded_to:_type_banded_to,decision_set_aside:_type_decision_set_aside,steps:_type_steps)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'standard',standard)\n  __dataclass_builtins_object__.__setattr__(self,'judgements',judgements)\n  __dataclass_builtins_object__.__setattr__(self,'rating_from',rating_from)\n  __dataclass_builtins_object__.__setattr__(self,'rating_to',rating_to)\n  __dataclass_builtins_object__.__setattr__(self,'banded_from',banded_from)\n  __dataclass_builtins_object__.__setattr__(self,'banded_to',banded_to)\n  __dataclass_builtins_object__.__setattr__(self,'decision_set_aside',decision_set_aside)\n  __dataclass_builtins_object__.__setattr__(self,'steps',steps)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_standards, _type_rating, _type_score_low, _type_score_high, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,standards:_type_standards,rating:_type_rating,score_low:_type_score_low,score_high:_type_score_high)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'standards',standards)
  __dataclass_builtins_object__.__setattr__(self,'rating',rating)
  __dataclass_builtins_object__.__setattr__(self,'score_low',score_low)
  __dataclass_builtins_object__.__setattr__(self,'score_high',score_high)
 return __init__


INITS["def __create_fn__(_type_standards, _type_rating, _type_score_low, _type_score_high, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,standards:_type_standards,rating:_type_rating,score_low:_type_score_low,score_high:_type_score_high)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'standards',standards)\n  __dataclass_builtins_object__.__setattr__(self,'rating',rating)\n  __dataclass_builtins_object__.__setattr__(self,'score_low',score_low)\n  __dataclass_builtins_object__.__setattr__(self,'score_high',score_high)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_status, _type_symbol, _type_meaning, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,status:_type_status,symbol:_type_symbol,meaning:_type_meaning)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'symbol',symbol)
  __dataclass_builtins_object__.__setattr__(self,'meaning',meaning)
 return __init__


INITS["def __create_fn__(_type_status, _type_symbol, _type_meaning, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,status:_type_status,symbol:_type_symbol,meaning:_type_meaning)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'symbol',symbol)\n  __dataclass_builtins_object__.__setattr__(self,'meaning',meaning)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_suites, _type_seconds, _type_ratingbook, _type_frameworks, _type_data, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,suites:_type_suites,seconds:_type_seconds,ratingbook:_type_ratingbook,frameworks:_type_frameworks,data:_type_data)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'suites',suites)
  __dataclass_builtins_object__.__setattr__(self,'seconds',seconds)
  __dataclass_builtins_object__.__setattr__(self,'ratingbook',ratingbook)
  __dataclass_builtins_object__.__setattr__(self,'frameworks',frameworks)
  __dataclass_builtins_object__.__setattr__(self,'data',data)
 return __init__


INITS["def __create_fn__(_type_suites, _type_seconds, _type_ratingbook, _type_frameworks, _type_data, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,suites:_type_suites,seconds:_type_seconds,ratingbook:_type_ratingbook,frameworks:_type_frameworks,data:_type_data)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'suites',suites)\n  __dataclass_builtins_object__.__setattr__(self,'seconds',seconds)\n  __dataclass_builtins_object__.__setattr__(self,'ratingbook',ratingbook)\n  __dataclass_builtins_object__.__setattr__(self,'frameworks',frameworks)\n  __dataclass_builtins_object__.__setattr__(self,'data',data)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_table, _type_side, _type_inspections, _type_cases, _type_rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,table:_type_table,side:_type_side,inspections:_type_inspections,cases:_type_cases,rows:_type_rows)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'table',table)
  __dataclass_builtins_object__.__setattr__(self,'side',side)
  __dataclass_builtins_object__.__setattr__(self,'inspections',inspections)
  __dataclass_builtins_object__.__setattr__(self,'cases',cases)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
 return __init__


INITS["def __create_fn__(_type_table, _type_side, _type_inspections, _type_cases, _type_rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,table:_type_table,side:_type_side,inspections:_type_inspections,cases:_type_cases,rows:_type_rows)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'table',table)\n  __dataclass_builtins_object__.__setattr__(self,'side',side)\n  __dataclass_builtins_object__.__setattr__(self,'inspections',inspections)\n  __dataclass_builtins_object__.__setattr__(self,'cases',cases)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_text, _type_cite, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,text:_type_text,cite:_type_cite)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'cite',cite)
 return __init__


INITS["def __create_fn__(_type_text, _type_cite, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,text:_type_text,cite:_type_cite)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'cite',cite)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_text, _type_cite, _type_label, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_label, _return_type):
 def __init__(self,*,text:_type_text,cite:_type_cite,label:_type_label=_dflt_label)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'cite',cite)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
 return __init__


INITS["def __create_fn__(_type_text, _type_cite, _type_label, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_label, _return_type):\n def __init__(self,*,text:_type_text,cite:_type_cite,label:_type_label=_dflt_label)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'cite',cite)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_text, _type_cite, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_cite, _dflt_span, _return_type):
 def __init__(self,*,text:_type_text,cite:_type_cite=_dflt_cite,span:_type_span=_dflt_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'cite',cite)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__


INITS["def __create_fn__(_type_text, _type_cite, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_cite, _dflt_span, _return_type):\n def __init__(self,*,text:_type_text,cite:_type_cite=_dflt_cite,span:_type_span=_dflt_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'cite',cite)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_text, _type_span, _type_framework, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,text:_type_text,span:_type_span,framework:_type_framework)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'framework',framework)
 return __init__


INITS["def __create_fn__(_type_text, _type_span, _type_framework, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,text:_type_text,span:_type_span,framework:_type_framework)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'framework',framework)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_text, _type_value, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,text:_type_text,value:_type_value)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
 return __init__


INITS["def __create_fn__(_type_text, _type_value, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,text:_type_text,value:_type_value)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_title, _type_columns, _type_rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,title:_type_title,columns:_type_columns,rows:_type_rows)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'columns',columns)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
 return __init__


INITS["def __create_fn__(_type_title, _type_columns, _type_rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,title:_type_title,columns:_type_columns,rows:_type_rows)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'columns',columns)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_title, _type_path, _type_data, _type_outcome, _type_error, _type_moves, _type_notes, _type_undetermined, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_undetermined, _return_type):
 def __init__(self,*,title:_type_title,path:_type_path,data:_type_data,outcome:_type_outcome,error:_type_error,moves:_type_moves,notes:_type_notes,undetermined:_type_undetermined=_dflt_undetermined)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'data',data)
  __dataclass_builtins_object__.__setattr__(self,'outcome',outcome)
  __dataclass_builtins_object__.__setattr__(self,'error',error)
  __dataclass_builtins_object__.__setattr__(self,'moves',moves)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
  __dataclass_builtins_object__.__setattr__(self,'undetermined',undetermined)
 return __init__


INITS["def __create_fn__(_type_title, _type_path, _type_data, _type_outcome, _type_error, _type_moves, _type_notes, _type_undetermined, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_undetermined, _return_type):\n def __init__(self,*,title:_type_title,path:_type_path,data:_type_data,outcome:_type_outcome,error:_type_error,moves:_type_moves,notes:_type_notes,undetermined:_type_undetermined=_dflt_undetermined)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'data',data)\n  __dataclass_builtins_object__.__setattr__(self,'outcome',outcome)\n  __dataclass_builtins_object__.__setattr__(self,'error',error)\n  __dataclass_builtins_object__.__setattr__(self,'moves',moves)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n  __dataclass_builtins_object__.__setattr__(self,'undetermined',undetermined)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_value, _type_quoted, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_quoted, _return_type):
 def __init__(self,*,value:_type_value,quoted:_type_quoted=_dflt_quoted)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'quoted',quoted)
 return __init__


INITS["def __create_fn__(_type_value, _type_quoted, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_quoted, _return_type):\n def __init__(self,*,value:_type_value,quoted:_type_quoted=_dflt_quoted)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'quoted',quoted)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_values, _type_passes, _type__judges, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt__judges, _return_type):
 def __init__(self,*,values:_type_values,passes:_type_passes,_judges:_type__judges=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'values',values)
  __dataclass_builtins_object__.__setattr__(self,'passes',passes)
  __dataclass_builtins_object__.__setattr__(self,'_judges',_dflt__judges() if _judges is _HAS_DEFAULT_FACTORY else _judges)
 return __init__


INITS["def __create_fn__(_type_values, _type_passes, _type__judges, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt__judges, _return_type):\n def __init__(self,*,values:_type_values,passes:_type_passes,_judges:_type__judges=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'values',values)\n  __dataclass_builtins_object__.__setattr__(self,'passes',passes)\n  __dataclass_builtins_object__.__setattr__(self,'_judges',_dflt__judges() if _judges is _HAS_DEFAULT_FACTORY else _judges)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_version, _type_targets, _type_covered, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,version:_type_version,targets:_type_targets,covered:_type_covered)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'version',version)
  __dataclass_builtins_object__.__setattr__(self,'targets',targets)
  __dataclass_builtins_object__.__setattr__(self,'covered',covered)
 return __init__


INITS["def __create_fn__(_type_version, _type_targets, _type_covered, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,version:_type_version,targets:_type_targets,covered:_type_covered)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'version',version)\n  __dataclass_builtins_object__.__setattr__(self,'targets',targets)\n  __dataclass_builtins_object__.__setattr__(self,'covered',covered)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_view, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,view:_type_view)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'view',view)
 return __init__


INITS["def __create_fn__(_type_view, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,view:_type_view)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'view',view)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_want, _type_kind, _type_statement, _type_words, _type_prefix, _type_start, _type_typed, _type_parent, _type_choices, _type_line_start, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kind, _dflt_statement, _dflt_words, _dflt_prefix, _dflt_start, _dflt_typed, _dflt_parent, _dflt_choices, _dflt_line_start, _return_type):
 def __init__(self,*,want:_type_want,kind:_type_kind=_dflt_kind,statement:_type_statement=_dflt_statement,words:_type_words=_dflt_words,prefix:_type_prefix=_dflt_prefix,start:_type_start=_dflt_start,typed:_type_typed=_dflt_typed,parent:_type_parent=_dflt_parent,choices:_type_choices=_dflt_choices,line_start:_type_line_start=_dflt_line_start)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'want',want)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'statement',statement)
  __dataclass_builtins_object__.__setattr__(self,'words',words)
  __dataclass_builtins_object__.__setattr__(self,'prefix',prefix)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'typed',typed)
  __dataclass_builtins_object__.__setattr__(self,'parent',parent)
  __dataclass_builtins_object__.__setattr__(self,'choices',choices)
  __dataclass_builtins_object__.__setattr__(self,'line_start',line_start)
 return __init__


INITS["def __create_fn__(_type_want, _type_kind, _type_statement, _type_words, _type_prefix, _type_start, _type_typed, _type_parent, _type_choices, _type_line_start, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kind, _dflt_statement, _dflt_words, _dflt_prefix, _dflt_start, _dflt_typed, _dflt_parent, _dflt_choices, _dflt_line_start, _return_type):\n def __init__(self,*,want:_type_want,kind:_type_kind=_dflt_kind,statement:_type_statement=_dflt_statement,words:_type_words=_dflt_words,prefix:_type_prefix=_dflt_prefix,start:_type_start=_dflt_start,typed:_type_typed=_dflt_typed,parent:_type_parent=_dflt_parent,choices:_type_choices=_dflt_choices,line_start:_type_line_start=_dflt_line_start)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'want',want)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'statement',statement)\n  __dataclass_builtins_object__.__setattr__(self,'words',words)\n  __dataclass_builtins_object__.__setattr__(self,'prefix',prefix)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'typed',typed)\n  __dataclass_builtins_object__.__setattr__(self,'parent',parent)\n  __dataclass_builtins_object__.__setattr__(self,'choices',choices)\n  __dataclass_builtins_object__.__setattr__(self,'line_start',line_start)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_what, _type_expected, _type_got, _type_trace, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,what:_type_what,expected:_type_expected,got:_type_got,trace:_type_trace)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'what',what)
  __dataclass_builtins_object__.__setattr__(self,'expected',expected)
  __dataclass_builtins_object__.__setattr__(self,'got',got)
  __dataclass_builtins_object__.__setattr__(self,'trace',trace)
 return __init__


INITS["def __create_fn__(_type_what, _type_expected, _type_got, _type_trace, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,what:_type_what,expected:_type_expected,got:_type_got,trace:_type_trace)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'what',what)\n  __dataclass_builtins_object__.__setattr__(self,'expected',expected)\n  __dataclass_builtins_object__.__setattr__(self,'got',got)\n  __dataclass_builtins_object__.__setattr__(self,'trace',trace)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_what, _type_value, _type_cite, _type_status, _type_where, _type_emphasised, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,what:_type_what,value:_type_value,cite:_type_cite,status:_type_status,where:_type_where,emphasised:_type_emphasised)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'what',what)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'cite',cite)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'where',where)
  __dataclass_builtins_object__.__setattr__(self,'emphasised',emphasised)
 return __init__


INITS["def __create_fn__(_type_what, _type_value, _type_cite, _type_status, _type_where, _type_emphasised, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,what:_type_what,value:_type_value,cite:_type_cite,status:_type_status,where:_type_where,emphasised:_type_emphasised)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'what',what)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'cite',cite)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'where',where)\n  __dataclass_builtins_object__.__setattr__(self,'emphasised',emphasised)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_what, _type_value, _type_cite, _type_where, _type_status, _type_rule, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,what:_type_what,value:_type_value,cite:_type_cite,where:_type_where,status:_type_status,rule:_type_rule)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'what',what)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'cite',cite)
  __dataclass_builtins_object__.__setattr__(self,'where',where)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'rule',rule)
 return __init__


INITS["def __create_fn__(_type_what, _type_value, _type_cite, _type_where, _type_status, _type_rule, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,what:_type_what,value:_type_value,cite:_type_cite,where:_type_where,status:_type_status,rule:_type_rule)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'what',what)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'cite',cite)\n  __dataclass_builtins_object__.__setattr__(self,'where',where)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'rule',rule)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_what, _type_value, _type_where, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,what:_type_what,value:_type_value,where:_type_where)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'what',what)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'where',where)
 return __init__


INITS["def __create_fn__(_type_what, _type_value, _type_where, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,what:_type_what,value:_type_value,where:_type_where)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'what',what)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'where',where)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_what, _type_value, _type_where, _type_cite, _type_quoted, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_cite, _dflt_quoted, _return_type):
 def __init__(self,*,what:_type_what,value:_type_value,where:_type_where,cite:_type_cite=_dflt_cite,quoted:_type_quoted=_dflt_quoted)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'what',what)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'where',where)
  __dataclass_builtins_object__.__setattr__(self,'cite',cite)
  __dataclass_builtins_object__.__setattr__(self,'quoted',quoted)
 return __init__


INITS["def __create_fn__(_type_what, _type_value, _type_where, _type_cite, _type_quoted, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_cite, _dflt_quoted, _return_type):\n def __init__(self,*,what:_type_what,value:_type_value,where:_type_where,cite:_type_cite=_dflt_cite,quoted:_type_quoted=_dflt_quoted)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'what',what)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'where',where)\n  __dataclass_builtins_object__.__setattr__(self,'cite',cite)\n  __dataclass_builtins_object__.__setattr__(self,'quoted',quoted)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_width, _type_color_system, _type_terminal, _type_no_color, _type_trim, _type_encoding, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_trim, _dflt_encoding, _return_type):
 def __init__(self,*,width:_type_width,color_system:_type_color_system,terminal:_type_terminal,no_color:_type_no_color,trim:_type_trim=_dflt_trim,encoding:_type_encoding=_dflt_encoding)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'width',width)
  __dataclass_builtins_object__.__setattr__(self,'color_system',color_system)
  __dataclass_builtins_object__.__setattr__(self,'terminal',terminal)
  __dataclass_builtins_object__.__setattr__(self,'no_color',no_color)
  __dataclass_builtins_object__.__setattr__(self,'trim',trim)
  __dataclass_builtins_object__.__setattr__(self,'encoding',encoding)
 return __init__


INITS["def __create_fn__(_type_width, _type_color_system, _type_terminal, _type_no_color, _type_trim, _type_encoding, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_trim, _dflt_encoding, _return_type):\n def __init__(self,*,width:_type_width,color_system:_type_color_system,terminal:_type_terminal,no_color:_type_no_color,trim:_type_trim=_dflt_trim,encoding:_type_encoding=_dflt_encoding)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'width',width)\n  __dataclass_builtins_object__.__setattr__(self,'color_system',color_system)\n  __dataclass_builtins_object__.__setattr__(self,'terminal',terminal)\n  __dataclass_builtins_object__.__setattr__(self,'no_color',no_color)\n  __dataclass_builtins_object__.__setattr__(self,'trim',trim)\n  __dataclass_builtins_object__.__setattr__(self,'encoding',encoding)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_yes, _type_cost, _type_percent, _type_band, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,yes:_type_yes,cost:_type_cost,percent:_type_percent,band:_type_band)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'yes',yes)
  __dataclass_builtins_object__.__setattr__(self,'cost',cost)
  __dataclass_builtins_object__.__setattr__(self,'percent',percent)
  __dataclass_builtins_object__.__setattr__(self,'band',band)
 return __init__


INITS["def __create_fn__(_type_yes, _type_cost, _type_percent, _type_band, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,yes:_type_yes,cost:_type_cost,percent:_type_percent,band:_type_band)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'yes',yes)\n  __dataclass_builtins_object__.__setattr__(self,'cost',cost)\n  __dataclass_builtins_object__.__setattr__(self,'percent',percent)\n  __dataclass_builtins_object__.__setattr__(self,'band',band)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_yes, _type_relevant, _type_sampling, _type_prior, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_prior, _return_type):
 def __init__(self,*,yes:_type_yes,relevant:_type_relevant,sampling:_type_sampling,prior:_type_prior=_dflt_prior)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'yes',yes)
  __dataclass_builtins_object__.__setattr__(self,'relevant',relevant)
  __dataclass_builtins_object__.__setattr__(self,'sampling',sampling)
  __dataclass_builtins_object__.__setattr__(self,'prior',prior)
 return __init__


INITS["def __create_fn__(_type_yes, _type_relevant, _type_sampling, _type_prior, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_prior, _return_type):\n def __init__(self,*,yes:_type_yes,relevant:_type_relevant,sampling:_type_sampling,prior:_type_prior=_dflt_prior)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'yes',yes)\n  __dataclass_builtins_object__.__setattr__(self,'relevant',relevant)\n  __dataclass_builtins_object__.__setattr__(self,'sampling',sampling)\n  __dataclass_builtins_object__.__setattr__(self,'prior',prior)\n return __init__"] = __create_fn__.__code__
