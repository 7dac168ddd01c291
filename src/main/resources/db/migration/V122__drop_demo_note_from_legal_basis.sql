-- Walk #22: demo databases loaded before this change hold the illustrative note in the index
-- sets' legal basis ("Minh họa theo cấu trúc Quyết định số …"), which the results report prints
-- after "Căn cứ". Keep only the decision; illustrative sets say so by their flag and name.
update methodology_index_set
   set legal_basis = 'Quyết định số 83/QĐ-UBND ngày 24/02/2019 của UBND tỉnh Gia Lai'
 where legal_basis = 'Minh họa theo cấu trúc Quyết định số 83/QĐ-UBND ngày 24/02/2019 của UBND tỉnh Gia Lai'
   and illustrative = true;
