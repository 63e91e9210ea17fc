### នាយកដ្ឋានរបស់ទីក្រុងដែលដោះស្រាយសំណើសេវា តាមដែលប្រជាជនមើលឃើញ។

division-municipal-licensing-standards = អាជ្ញាប័ណ្ណ និងស្តង់ដារក្រុង
division-parks-forestry-recreation = សួនច្បារ ព្រៃឈើ និងការកម្សាន្ត
division-solid-waste-management-services = សេវាគ្រប់គ្រងកាកសំណល់រឹង
division-toronto-animal-services = សេវាសត្វតូរ៉ុនតូ
division-toronto-water = សេវាទឹកតូរ៉ុនតូ
division-transportation-services = សេវាដឹកជញ្ជូន
division-urban-forestry = ព្រៃឈើក្នុងទីក្រុង
