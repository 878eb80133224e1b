-- Next Practice's SQLite database migrated from nothing, for `make setup` to start
-- from. Written by `make embedded-schema` (nextpractice/kept_schema.py); do not edit.
-- Used only while every migration below is on disk unchanged; newer ones go on top.
-- migration contenttypes 0001_initial 35ed8489a147e0b42a15c21b5d4f0e8940de6f73fb326e9d6dea91b4d0b953cc
-- migration contenttypes 0002_remove_content_type_name 7d36494075750f0ed3c0f68d0cb1548eba59cc593f52f691f6cc37a043083766
-- migration auth 0001_initial 845cff319606332f49ef20ce165d1a17e522c426c5e56d7616133e9e4eaba5ef
-- migration auth 0002_alter_permission_name_max_length feaf97e0e8f7d148bec3db9bab2349c5e15888117c1ff2829deff63ef9e16cff
-- migration auth 0003_alter_user_email_max_length 9d5657b4db9872dc26c2d634c2f5911a3d69ab1d8552af4c6d633bc4001dfabf
-- migration auth 0004_alter_user_username_opts 9538db342c9a9bec4ca12b3137fb80772c4ea4afb861e8647a2962b1ea58344a
-- migration auth 0005_alter_user_last_login_null 79f60a35dc000fdd427bc05c85233ae5b9c4ada078ff0688fc9f78604bf7eaee
-- migration auth 0006_require_contenttypes_0002 00cb16e3405f14b62dbeffa15c68c9030291e4ddd513d733648ba460d6c5e781
-- migration auth 0007_alter_validators_add_error_messages 115db87dc327530fb5e1964ba3d03f9746492f90600406947be39f54f6cc042f
-- migration auth 0008_alter_user_username_max_length 02857f65f7d648147a5d12596b200a83e29145391d3f986ceb84b3b865a2c351
-- migration auth 0009_alter_user_last_name_max_length 19a89500e7f108a7397da9b1733181f92105f758663b3685b60f5c2da384d76e
-- migration auth 0010_alter_group_name_max_length 0963ed6498ac0b3a8430b6ca34c1b4a4b1d5f55b43d3db902f15a03ff74b14cd
-- migration auth 0011_update_proxy_permissions 85a5dde708dc4b6111e1bc71ce723ecfba7b1f8aedecfd130900ff7782765436
-- migration auth 0012_alter_user_first_name_max_length 6cefbc9f80903763ff8492a537a22836ef69f2227e19d402509b8099d2baecb0
-- migration search 0001_documents 11b53a298388834a9f88b4c5f15827305c47d23f0d66a5f4c6f876d71d859abf
-- migration search 0002_gin_index faaa115ab6852af4d0fd5a6e301d915aa9044e0dc28440af152b16bc0064cb8a
-- migration search 0003_access_keys ff1763f65b573fa8b1c64f9eb782b98b76021a9083a9a81f0b1757be780572c5
-- migration search 0004_words_whatever_their_accents 96fcd614d75a2a4a2e60ff8d4b747a50c8015023607fc890edfbb04b6bd2b2a2
-- migration accounts 0001_initial 55302ccf38f0ed1aab5ba861f1b826ddac586197137460170572f32f5d26ef25
-- migration programmes 0001_initial 8d29a8ce8454cc81e079b8ea05807e8bbcc4202a479ace0bf53b7bb8a59d5692
-- migration programmes 0002_stimulustag_project_narrative_and_more d52993f7083d7d61f8caf6f0ddb3e7d110dbeea371ffafa772e3f13939282518
-- migration programmes 0003_blank_authors 2343d01798fc01389c554b720907287eb6a8bac6571d19f6433efe938543d2d3
-- migration fieldtrials 0001_initial dea7108a1c4b5a1b6eec06736be3db3b2d952a93c794e073e849c5bf510751d6
-- migration fieldtrials 0002_option_and_draft_lead 42e7084b2e04efe884dbce58e9da4ad464ee8b867a378ec433ccb4a7bd0d7da9
-- migration fieldtrials 0003_trial_records a5788878e6a660c0226283abc700c54203639e945209700abc12309a96106cb6
-- migration fieldtrials 0004_resource_domains 61cebab7da159e328193957c06fa139430ca2288bc6adeb483749a8d6df5ef04
-- migration django_celery_beat 0001_initial 6bf1c79ac9f7241191a5adad79b7a85e9841794d194009a0eb3d2fe038f27c3f
-- migration django_celery_beat 0002_auto_20161118_0346 154389d3ccb333f7ff38eb952d7f9f4aa00ab9a380d35849773af014a1b3ec69
-- migration django_celery_beat 0003_auto_20161209_0049 32067fe2ba680cdc885347d8403c0fdfdb792c5591a37eb18b7cb89a32b1811e
-- migration django_celery_beat 0004_auto_20170221_0000 2b4837d8d3378c9d3eb38ec314f9064a4e5c0ef6780e4f36ebdf00db6281c67b
-- migration django_celery_beat 0005_add_solarschedule_events_choices dc5500d12d7a22a5a182932d1655d5f5bb2846c89cc394c8b62cae96c7768f38
-- migration django_celery_beat 0006_auto_20180322_0932 3a832dc94d46e6fac9a9fec3255d068ee3ca6a6929c899ab737d2f63b9f1f352
-- migration django_celery_beat 0007_auto_20180521_0826 47d34e3e0065f630dcb7ef0d7c4ba1d22577f52b4ecc1a87c570d6656d077d5d
-- migration django_celery_beat 0008_auto_20180914_1922 ed4cfd1370ac4c68e8c00aff6a2f100fa8f7d1ac083a3a0907a52b431ee32e91
-- migration django_celery_beat 0006_auto_20180210_1226 f73a88c5f2d0f44d760a1de67d713df58aa7af7aa03d949d71b9d34530ab07c8
-- migration django_celery_beat 0006_periodictask_priority 0fb42c2b58e0a7fea12c9ec50e6c467f654dd50660fbcbd2160bd9b0bb235cd1
-- migration django_celery_beat 0009_periodictask_headers f7654b6a68f416ebfeae508432a1ed42565f40c215593955ce9e9f1f89008439
-- migration django_celery_beat 0010_auto_20190429_0326 e37c3d8caabfc28c5670e3ecf59cd488bbb243261979118ee9956144b9530753
-- migration django_celery_beat 0011_auto_20190508_0153 3e4d0864754283173b836463ae9dc7dacdca980ea75d752e17a4afb8d7e2d851
-- migration django_celery_beat 0012_periodictask_expire_seconds c1695524a50c7da872d3fd36f1a199cd19509882aada1b3cc718d6e95f5be3aa
-- migration django_celery_beat 0013_auto_20200609_0727 60b4333308aeff38c8144255a687824fa848dd24699ee9f3302b1a836d4db8b4
-- migration django_celery_beat 0014_remove_clockedschedule_enabled 7c99113b18570f8d0283df57c8282c1b14894960e82a5d66fb8f7e92654cd7ba
-- migration django_celery_beat 0015_edit_solarschedule_events_choices e44f7595f2a0dff495dd1acea1c900ab40e8acea097c00bb89d3274750cdecdf
-- migration django_celery_beat 0016_alter_crontabschedule_timezone dd8460a90fd07f435d5830637992e70c2889ceb58a32332f067a849dd7ac7582
-- migration django_celery_beat 0017_alter_crontabschedule_month_of_year 4c3b35ff38856598af05723c816bfb589e1270c5373311edf924172c2a67b18b
-- migration django_celery_beat 0018_improve_crontab_helptext cef998b28b992aa5d0775ed4f441b0203321afe64950ee7352e45147a30e3951
-- migration django_celery_beat 0019_alter_periodictasks_options 1b1a8ca535cb348c99b826d243b556e5c837b368b2189247fd1e6b9c07293ca6
-- migration fieldtrials 0005_daily_reminders_schedule ee68a6bc3a6b3b57dc5c8d7675f9d0b41dc29fa2201d9f45ab4be072e9c863ea
-- migration accounts 0002_notification_kinds_and_email_choices b20e155ca771199d6aa7eceb1adcf0f2da63dac2b45b6966e558d003e59963e3
-- migration accounts 0003_notification_emailed_at 65e962acb2edcafa60e98bdebf2923913e8cc1641c39775f0dab069a8c21ba53
-- migration accounts 0004_throttle_bucket c5f63adf6d55ba9b5824b24b2340c30ef229c0172e1bc4eb072103911dbe2fc6
-- migration accounts 0005_form_submission 90a77991c67116e5089a3d7956d749b71e0bc6b2f9a13a5a35c46c9723c54c2b
-- migration accounts 0006_invitation 61bbacc31e8550d9b23dacd43f2d14a88c272b94a1fd362aa988dde5e299b9ae
-- migration accounts 0007_organisation_name_prefix_index 71af4dcc7b66bfb73fbf9bf61973bb0ccaa3fab9b5a8ab7e9da04b2782ecd286
-- migration accounts 0008_event_scope 7e0df787d5b0e85c5dc6565bc50809251d529502b701a9aa874420b3c703df02
-- migration accounts 0009_event_scope_backfill a6484e210823ba9280bd61abe10c2ec27a61bdaf847de9fc79658dacb7fda8a6
-- migration accounts 0010_mention_notification_kind 2aae486eff8113341dc3283f8ad813636151d4c061b81a95b17acbfd5930ce73
-- migration accounts 0011_join_notification_kinds f7130250c29a50c744cff8844e2dd2792c9066cbb1577c24a58c6edb78848088
-- migration accounts 0012_invitation_name fd51ef9d31c3928eacac5d658a3eca5813e91674f9885b8752a180d9d44a7e1b
-- migration accounts 0013_urn_taken_in_plain_words af15edbf21c5b952cc880c17941425601ea4e3c8a1b0e47317c72ab8860ef09d
-- migration accounts 0014_replaced_invitation_links 9316e075b0ae3b46a66fb21b32bb45099bbc2f6060402bc5720cc4bcd53ac680
-- migration accounts 0015_membership_notification_words d08c4aef3b2fa1fa7ff1c85c48dd0cde7ee5798f5f54a78a156c984d851c826d
-- migration accounts 0016_update_notifications 735c57a0fa18cd21171687b7e0b61e3791719149cde56c68e9a4a452740bed09
-- migration accounts 0017_monthly_report_notifications 8c7edaf926bbefc4606c40be8dfbcd138e403a2a4d44a5048e33a5a15d493a9c
-- migration accounts 0018_urn_digits_0_to_9 32782f20990f9a44eccc16e5888ae85fa1b34f29b3146e3f8ba846253df84b85
-- migration accounts 0019_import_notifications 8af3c79201ff1971f8ae7960a97202fdbd5408fe4810a6a02e4a5e6bd03f13e1
-- migration accounts 0020_organisation_unaccented_name_index 868c4ed63646ea469453ff42ae40544e8bdb2f1f3ac24509579c2bb4fb4199b8
-- migration accounts 0021_invitation_email_failure ddbaf18ecb6333d245d3026457552bfb6fd2fdd6025f86a94e4764b1c3cef363
-- migration accounts 0022_community_ended_notification_kind 0c42a171d81a068120835318c157aecbc2c7d658cb47579bf782234f4aa00225
-- migration accounts 0023_user_email_unique_ignoring_case 68f28efc276deecd15c369e1a0eeba29201ad84538894b1340441fb30a936428
-- migration accounts 0024_update_withdrawn_or_restored_notification_kind 5d69e5909690fc4d40aa7edefb1e20c81214adfb3d7de00a43a80494eaa813f6
-- migration accounts 0025_replaced_invitation_link_email_outcome 86dacd50bec074a05a3cf18e1e9f211fc0c1270228397992d59e9882378064b1
-- migration accounts 0026_user_erased_at f0ab9d9eb81552e951b67224385d43011a0c770612654f462914e8a9e013c844
-- migration accounts 0027_support_asked_notification_kind 4b46f3fbbc89ad357e24abcba171283af1d6e1cd1976cb4715943d631716c7e3
-- migration accounts 0028_user_erased_stays_off fd984cc6f972d760365ae529a2292e072acc734cd8e8652d4bd00c1ad0ba66bb
-- migration admin 0001_initial f4716989d9815b6231f0d7291754835e008c96818447fe57984bbf8985883335
-- migration admin 0002_logentry_remove_auto_add 2c127e659a2236edea0ed57eccd38786ae84e365790a80b96b758c617f50be43
-- migration admin 0003_logentry_add_action_flag_choices 02700a827190720e5c417495a395071b6baa28a34e74bc8f90824afaafc01841
-- migration axes 0001_initial e4c0194cf158395b362677070de9973e806e51e80f111c046a2e195c764f65f4
-- migration axes 0002_auto_20151217_2044 a092989bdd502de76bbc53afb8418b3482f4cb802e9151c01e30a1231de0c46a
-- migration axes 0003_auto_20160322_0929 ff269df1341caca019962131955d57f3d2ba21d38a9b149dc84b3481f97293c2
-- migration axes 0004_auto_20181024_1538 71cdafbe7458c7725f77a4fd28d29a567a2dce2b98f0cba08f6928687b3354f1
-- migration axes 0005_remove_accessattempt_trusted baf3f5f6de5b5ee821cbb1fe23557937372f84081e799ea85e92f0223d5fc70e
-- migration axes 0006_remove_accesslog_trusted 82850f25ae37e081d3be61df28489de717cc1c6674a8492cf4b8eff35bf865da
-- migration axes 0007_alter_accessattempt_unique_together c9fdd81629030721468cf6178495dc2476b648c8d9ed7c6047a8a57357a8f494
-- migration axes 0008_accessfailurelog 2680dce9ecfcd4dfc2482a61de1ab9b27f6906d78ac6af8c4bbf76466444fb24
-- migration axes 0009_add_session_hash 82762be269ea4c62b81b84bed984d082b1e2f416a8bfb6c112c36bc432d182db
-- migration axes 0010_accessattemptexpiration 524ca5b4566a41b88b220e88c8213052a4378478065a4c7e4c8738672814557d
-- migration fieldtrials 0006_records_kit 9ef5df288ca957ee23e982cdd372f60b49ba06328e11b53ebb818bec11ac134f
-- migration fieldtrials 0007_monthly_update_read 30c15b0de210cc7b6a163f4b506384665ee5d5b7f480680ffde7b198f130e511
-- migration fieldtrials 0008_kept_trial_records db9708fb9623481c68902d5f6023aef91818827122aec420663c0c2a4028d389
-- migration communities 0001_initial 06bd849214f8b44b185271e4d2c7d21559aac1691f69643383d155782853a832
-- migration communities 0002_page_versions_from_one 8f65a043fe01651cc264a9f0de89c1b5047c67022dcd9a5c2e9aa0aa30886b83
-- migration communities 0003_join_request_withdrawn_and_left_at 5f812ed7cac82b7fbdb0e2c8fe1333696cd5526e5848a239824bdbfdd925e9b9
-- migration communities 0004_join_request_removed_and_closed 793f0394a8530f44c678211a90613b221cd74069d7ef1325c87ad2dc91a86813
-- migration directory 0001_organisation_import ecf4995bce3e4abf3b73fe00ecb5c0f9ebd6d45f5c97d0ada5781bb3dbbe0aa2
-- migration directory 0002_stale_import_sweep f0306bc5c65d1b4141830c268b82f1a1ae09d8d46365381adcca29c1cf4b231e
-- migration directory 0003_people_import 182bd51940e1355a8f875ec49b840128be479370988bee2a164cdfe26889d5d8
-- migration fieldtrials 0009_kept_updates_and_pti 95782c71c597cb9f70e49aa764642c6499f1da05d56dde01d7bcc8dba6d764ac
-- migration fieldtrials 0010_offer_in_the_seeds_words 43c67018ba5efa359336c4b847c231252f80a02992b27a19789993b4933a14e0
-- migration fieldtrials 0011_kept_community_meetings e280cd31872690bd36fdb18e6bd1d68323ed4791fa5c72c6553c8e7da797131d
-- migration fieldtrials 0012_pti_events_kind 6c9b24345ea2a1ad0ce18811f135d008bb7acd974c0caae33938539e06c39f52
-- migration fieldtrials 0013_update_rating_in_plain_words 7fdbf090a2094a8ab2181bab9e1e135281f756e125756ac08c90ae6b6245be25
-- migration fieldtrials 0014_risk_status_open_or_closed ec9870dcf90ac584294297a3729c9f1e0b7e78ca2f4776607539279937dd8a04
-- migration fieldtrials 0015_milestone_and_open_risk_once 6a266a15715c5d3ab59e83ed4fea03b3566382135a8e7efe97c1441c2449a173
-- migration programmes 0004_records_kit 2bbca032773dd1751dd2c94999c5e8359d0b6b87ecbfa7f2dcdffadad7524679
-- migration programmes 0005_versioned_details 7250e4bf1ec97d6459c413d0c5b4239f5fdb633cfb4aa9905efc0867d37010e4
-- migration programmes 0006_kept_stimuli_plural fbe398afeaf6ca284f1f63270d76ea1eba31c80716bcc213457dead4a20a1868
-- migration programmes 0007_kept_workshops 1bd9b3bba8b88c7562b426717754a49d7b23da2e8867773c5213091d27472915
-- migration programmes 0008_option_title_once_current be241455515b23c2ff35e1fc00f13a01aeae55191ae55d25ff95e09621c817ca
-- migration discussions 0001_initial 3ce39b6c364111f1e55bc7593b0eb6e180dd1962c14dadf5312d91dc1b912256
-- migration discussions 0002_threads_everywhere 151e563bca6efb046b8e6a95f0073b518902fa55225a3d8ccf13d736f5fa7d01
-- migration discussions 0003_thread_about_update a5326a8f464b61bb704fd881ca4674b17dfe2c22e1f2bd73d3d94787c9ff5f33
-- migration discussions 0004_post_removed_for_officers c5541445fb828378d6946015674d59e6d50703bb7af434fe3b4a7e08286b4c4e
-- migration discussions 0005_attachment_original_name dd01a99faf59c0810840c2a7ea483d240debd6714beb8f6ed062a29d9554032d
-- migration evaluation 0001_initial 0b2bd68280ca9b98bdae12ebb731f9c6b3e9a80051ed731808fd34d9e5d9cd15
-- migration evaluation 0002_objective_agreed_in_need 12070d3fc8568f485696279a75060da9ca6d977a39c7160eac2a6f6e640244c4
-- migration evaluation 0003_kept_records 771a57656d49a003c2fcf18c180ec29072db1520738b1394826ef6ff21923253
-- migration evaluation 0004_names_once_current ee16d6b35712e8d5f0be22a30d06404a666d5d585723fc1d207c4d0b2a367eb9
-- migration evaluation 0005_indicators_of_a_trial 9abd967cb08b6df2f5eeb9257cf3a5840adc4b615158948183fd93cfb2309add
-- migration evaluation 0006_plain_constraint_messages e98b7e2d87b2ee26ec614bc4a7ccd47ac9a388897a8bdf65167fd89965cb025f
-- migration evaluation 0007_indicator_name_message 6ef0b1dc12d97f3ec875cc42edf64ebe1e23e74629621a290e91e39784f90613
-- migration evaluation 0008_theme_once_whatever_the_case 1b34f011ea5f23c780576db5484337358e986e98c05c6f4e7ef278fab0d4e2d2
-- migration evaluation 0009_measurements_twice_a_day_withdrawn 0c29a9dbbbdfbef7355f6046043150c09dd1a79f5aefd4f3ee7b307fa25f49f9
-- migration evaluation 0010_measurement_once_a_day 433e17a436ef8066143c7dde1ef73bf49a8acc52545dd0693bbe65c4d0a726c1
-- migration fieldtrials 0016_risk_open_once_whatever_its_capitals 9f8ad8119189bfbde6ad3f56e063fd5706d546d35937e540a78042f487d99998
-- migration fieldtrials 0017_milestone_once_a_day_whatever_its_capitals 7f2ca83bbeaa191f6c41b2c34ad9cdff24e23bcd96de8d0d56216d693062260f
-- migration fieldtrials 0018_pti_keeps_the_state_it_was_withdrawn_from 83211894e024dea8e34d2b6e92923882d8eb091ade233b3cc3e8b65b818dd36b
-- migration following 0001_initial 2442d418cca5ca1cd572803f368451927584c56dfb529cec6b0cf2cbc9530168
-- migration following 0002_digest_schedule fe3d5740d9747270ea9ceacab7005d14523ac0c87bb5739276098f239848c717
-- migration programmes 0009_promise_tests_in_the_seeds_words d34c1b623a01e87ca703e3cf4e04eaa0274eb74e784bdfc418b6026fca462b58
-- migration programmes 0010_plain_constraint_messages 9b53788d4c62470eb315b26ceee86f7a22f01638107a49cdaed2fbedcb9fff46
-- migration programmes 0011_datasource_link_or_file_or_neither 244508517e27f749776112c818d0dd3d171c09182b595f61ba400ba2e73452c1
-- migration programmes 0012_project_closed cb2396226eed282fe3860acb56861e9692dc932bd1d40324efa3635bd9b588f7
-- migration programmes 0013_project_withdrawn 915d38b2934aecf1c2e1235ac8b7f4a11249f99676a0f06c70b3745a1f5de14e
-- migration programmes 0014_project_title_once_current 5e25c5f714a2b0dec6a4b789a4d8e8f9df8966bf4d24e3c6a3e34d672a6bfc17
-- migration programmes 0015_datasource_original_name 3b53c839639a3013f822060a852fa415dca57006e06cadab5470ffc5024cce92
-- migration reports 0001_initial cd4638f7079536aa08c2fa81fd5bc5376a63b2fd7867716540070beb68ec3b2d
-- migration reports 0002_monthly_schedule b21e06f1da3f35494278edb80006cd7a38e5b4d5b59168686bb495fcdbbd8c83
-- migration reports 0003_pending_once_and_claim 15c40acf23aa0b75b8371672b8495a9b1158749bda5798c73b0ac725674403e5
-- migration reports 0004_stale_report_sweep 71b62d8e5564183eda28852ef0ac7888b8e321c9ee29d8b0dfd4c31162450ce4
-- migration reports 0005_planner_random_page_cost 8c3f17563ea8b13c6b703b401e054d166112dc3d56101386d94337a98ed4b451
-- migration reports 0006_housekeeping ab02748077a1c1cded252fcd5062564d9e8cc3e9842eee589583047285e8e7c8
-- migration reports 0007_monthly_report_opt_out 772ccbbf161122d05967857ad2d4998e4483ffa9d0acc1f97a78b2e956dd4614
-- migration reports 0008_report_covers_and_page 463bf7501d438b13da78ab44ba4250c3a5f173f8e8d2ce105aec44738585868d
-- migration reports 0009_pending_once_per_period 94ca5d4669e6b2c5f144f55b4de8e879ffd67c684062a86f60b7c740f511cb4a
-- migration reports 0010_monthly_report_notifications 4372cb4d87461d20d8e0bfdda8bdeac8e1bd8074dfdbda65433ff7571b24fd6f
-- migration reports 0011_report_not_made 09ddbd14822902a525d1901f3f90b5376e90d76be9f6f1fb6c60cd6145690e74
-- migration reports 0012_report_withdrawn 8fd8aa8518ccab6dd1c70eb98ba77bdf2922a156805d85b71551cf264da57786
-- migration reports 0013_sign_in_records_period bab816bf9f4726b19777e2dfdb82ae9dedb2a19ddbd9035c5486bccffa38a155
-- migration reports 0014_report_remade_without_erased_names 8679bab06b3b00df01dfe23389b6f6bc0509204c01b760119f3451a039df3a74
-- migration sessions 0001_initial 2aa438e2393ee5135c4dda94bfde65fd49e8300f1c3f93bed25ae3a09f2f69b9
-- migration toolkit 0001_initial 81c59343062968fe9a8bfa3a6616a9e3af6554a614d2bd451e6e63e0dfbc1ecd
-- migration toolkit 0002_versions_answers de32b596938dd31c655cfe065fe3ab469d404e4fa55656942c44f9282abb2213
-- migration toolkit 0003_participation_invitation_emailed_at 2756125607310a030a0babf5784037bc500b20d22c32e9eeef1576a7e738f1a6
-- migration toolkit 0004_exercise_local_authority 6cc97d1b1c9257e4cef80a3af29df2f32f29137002a7428fcc4d56cbeb762f28
BEGIN TRANSACTION;
CREATE TABLE "accounts_event" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "verb" varchar(100) NOT NULL, "target_id" bigint unsigned NOT NULL CHECK ("target_id" >= 0), "data" text NOT NULL CHECK ((JSON_VALID("data") OR "data" IS NULL)), "created_at" datetime NOT NULL, "actor_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "target_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "field_trial_id" bigint NULL REFERENCES "fieldtrials_fieldtrial" ("id") DEFERRABLE INITIALLY DEFERRED, "programme_id" bigint NULL REFERENCES "programmes_programme" ("id") DEFERRABLE INITIALLY DEFERRED, "project_id" bigint NULL REFERENCES "programmes_project" ("id") DEFERRABLE INITIALLY DEFERRED, "target_name" varchar(200) NOT NULL);
CREATE TABLE "accounts_formsubmission" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "token" varchar(64) NOT NULL UNIQUE, "path" varchar(300) NOT NULL, "created_at" datetime NOT NULL, "done" bool NOT NULL, "went_to" varchar(300) NOT NULL, "user_id" bigint NOT NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "accounts_invitation" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "email" varchar(254) NOT NULL, "role" varchar(20) NOT NULL, "created_at" datetime NOT NULL, "expires_at" datetime NOT NULL, "token_hash" varchar(64) NOT NULL UNIQUE, "state" varchar(20) NOT NULL, "accepted_at" datetime NULL, "withdrawn_at" datetime NULL, "emailed_at" datetime NULL, "accepted_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "field_trial_id" bigint NULL REFERENCES "fieldtrials_fieldtrial" ("id") DEFERRABLE INITIALLY DEFERRED, "invited_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "organisation_id" bigint NULL REFERENCES "accounts_organisation" ("id") DEFERRABLE INITIALLY DEFERRED, "programme_id" bigint NULL REFERENCES "programmes_programme" ("id") DEFERRABLE INITIALLY DEFERRED, "project_id" bigint NULL REFERENCES "programmes_project" ("id") DEFERRABLE INITIALLY DEFERRED, "full_name" varchar(150) NOT NULL, "email_failed_at" datetime NULL, "email_failure" varchar(20) NOT NULL, CONSTRAINT "invitation_has_one_target" CHECK ((("field_trial_id" IS NULL AND "programme_id" IS NOT NULL AND "project_id" IS NULL) OR ("field_trial_id" IS NULL AND "programme_id" IS NULL AND "project_id" IS NOT NULL) OR ("field_trial_id" IS NOT NULL AND "programme_id" IS NULL AND "project_id" IS NULL))));
CREATE TABLE "accounts_notification" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "kind" varchar(50) NOT NULL, "message" varchar(500) NOT NULL, "url" varchar(300) NOT NULL, "created_at" datetime NOT NULL, "read_at" datetime NULL, "recipient_id" bigint NOT NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "key" varchar(100) NOT NULL, "emailed_at" datetime NULL);
CREATE TABLE "accounts_organisation" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(200) NOT NULL, "kind" varchar(30) NOT NULL, "urn" varchar(7) NOT NULL, "local_authority_id" bigint NULL REFERENCES "accounts_organisation" ("id") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "organisation_unique_name_kind" UNIQUE ("name", "kind"));
CREATE TABLE "accounts_replacedinvitationlink" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "token_hash" varchar(64) NOT NULL UNIQUE, "replaced_at" datetime NOT NULL, "invitation_id" bigint NOT NULL REFERENCES "accounts_invitation" ("id") DEFERRABLE INITIALLY DEFERRED, "email_failed_at" datetime NULL, "emailed_at" datetime NULL);
CREATE TABLE "accounts_throttlebucket" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "scope" varchar(50) NOT NULL, "key_hash" varchar(64) NOT NULL, "times" text NOT NULL CHECK ((JSON_VALID("times") OR "times" IS NULL)), "expires_at" datetime NOT NULL, CONSTRAINT "throttle_bucket_once" UNIQUE ("scope", "key_hash"));
CREATE TABLE "accounts_user" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "password" varchar(128) NOT NULL, "last_login" datetime NULL, "is_superuser" bool NOT NULL, "email" varchar(254) NOT NULL UNIQUE, "full_name" varchar(150) NOT NULL, "job_title" varchar(150) NOT NULL, "is_staff" bool NOT NULL, "is_active" bool NOT NULL, "date_joined" datetime NOT NULL, "organisation_id" bigint NULL REFERENCES "accounts_organisation" ("id") DEFERRABLE INITIALLY DEFERRED, "email_muted_kinds" text NOT NULL CHECK ((JSON_VALID("email_muted_kinds") OR "email_muted_kinds" IS NULL)), "erased_at" datetime NULL, CONSTRAINT "accounts_user_erased_stays_off" CHECK (("erased_at" IS NULL OR NOT "is_active")));
CREATE TABLE "accounts_user_groups" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "user_id" bigint NOT NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "accounts_user_user_permissions" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "user_id" bigint NOT NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "permission_id" integer NOT NULL REFERENCES "auth_permission" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "auth_group" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(150) NOT NULL UNIQUE);
CREATE TABLE "auth_group_permissions" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED, "permission_id" integer NOT NULL REFERENCES "auth_permission" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "auth_permission" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "codename" varchar(100) NOT NULL, "name" varchar(255) NOT NULL);
INSERT INTO "auth_permission" VALUES(1,1,'add_logentry','Can add log entry');
INSERT INTO "auth_permission" VALUES(2,1,'change_logentry','Can change log entry');
INSERT INTO "auth_permission" VALUES(3,1,'delete_logentry','Can delete log entry');
INSERT INTO "auth_permission" VALUES(4,1,'view_logentry','Can view log entry');
INSERT INTO "auth_permission" VALUES(5,2,'add_permission','Can add permission');
INSERT INTO "auth_permission" VALUES(6,2,'change_permission','Can change permission');
INSERT INTO "auth_permission" VALUES(7,2,'delete_permission','Can delete permission');
INSERT INTO "auth_permission" VALUES(8,2,'view_permission','Can view permission');
INSERT INTO "auth_permission" VALUES(9,3,'add_group','Can add group');
INSERT INTO "auth_permission" VALUES(10,3,'change_group','Can change group');
INSERT INTO "auth_permission" VALUES(11,3,'delete_group','Can delete group');
INSERT INTO "auth_permission" VALUES(12,3,'view_group','Can view group');
INSERT INTO "auth_permission" VALUES(13,4,'add_contenttype','Can add content type');
INSERT INTO "auth_permission" VALUES(14,4,'change_contenttype','Can change content type');
INSERT INTO "auth_permission" VALUES(15,4,'delete_contenttype','Can delete content type');
INSERT INTO "auth_permission" VALUES(16,4,'view_contenttype','Can view content type');
INSERT INTO "auth_permission" VALUES(17,5,'add_session','Can add session');
INSERT INTO "auth_permission" VALUES(18,5,'change_session','Can change session');
INSERT INTO "auth_permission" VALUES(19,5,'delete_session','Can delete session');
INSERT INTO "auth_permission" VALUES(20,5,'view_session','Can view session');
INSERT INTO "auth_permission" VALUES(21,6,'add_crontabschedule','Can add crontab');
INSERT INTO "auth_permission" VALUES(22,6,'change_crontabschedule','Can change crontab');
INSERT INTO "auth_permission" VALUES(23,6,'delete_crontabschedule','Can delete crontab');
INSERT INTO "auth_permission" VALUES(24,6,'view_crontabschedule','Can view crontab');
INSERT INTO "auth_permission" VALUES(25,7,'add_intervalschedule','Can add interval');
INSERT INTO "auth_permission" VALUES(26,7,'change_intervalschedule','Can change interval');
INSERT INTO "auth_permission" VALUES(27,7,'delete_intervalschedule','Can delete interval');
INSERT INTO "auth_permission" VALUES(28,7,'view_intervalschedule','Can view interval');
INSERT INTO "auth_permission" VALUES(29,8,'add_periodictask','Can add periodic task');
INSERT INTO "auth_permission" VALUES(30,8,'change_periodictask','Can change periodic task');
INSERT INTO "auth_permission" VALUES(31,8,'delete_periodictask','Can delete periodic task');
INSERT INTO "auth_permission" VALUES(32,8,'view_periodictask','Can view periodic task');
INSERT INTO "auth_permission" VALUES(33,9,'add_periodictasks','Can add periodic task track');
INSERT INTO "auth_permission" VALUES(34,9,'change_periodictasks','Can change periodic task track');
INSERT INTO "auth_permission" VALUES(35,9,'delete_periodictasks','Can delete periodic task track');
INSERT INTO "auth_permission" VALUES(36,9,'view_periodictasks','Can view periodic task track');
INSERT INTO "auth_permission" VALUES(37,10,'add_solarschedule','Can add solar event');
INSERT INTO "auth_permission" VALUES(38,10,'change_solarschedule','Can change solar event');
INSERT INTO "auth_permission" VALUES(39,10,'delete_solarschedule','Can delete solar event');
INSERT INTO "auth_permission" VALUES(40,10,'view_solarschedule','Can view solar event');
INSERT INTO "auth_permission" VALUES(41,11,'add_clockedschedule','Can add clocked');
INSERT INTO "auth_permission" VALUES(42,11,'change_clockedschedule','Can change clocked');
INSERT INTO "auth_permission" VALUES(43,11,'delete_clockedschedule','Can delete clocked');
INSERT INTO "auth_permission" VALUES(44,11,'view_clockedschedule','Can view clocked');
INSERT INTO "auth_permission" VALUES(45,12,'add_accessattempt','Can add access attempt');
INSERT INTO "auth_permission" VALUES(46,12,'change_accessattempt','Can change access attempt');
INSERT INTO "auth_permission" VALUES(47,12,'delete_accessattempt','Can delete access attempt');
INSERT INTO "auth_permission" VALUES(48,12,'view_accessattempt','Can view access attempt');
INSERT INTO "auth_permission" VALUES(49,13,'add_accesslog','Can add access log');
INSERT INTO "auth_permission" VALUES(50,13,'change_accesslog','Can change access log');
INSERT INTO "auth_permission" VALUES(51,13,'delete_accesslog','Can delete access log');
INSERT INTO "auth_permission" VALUES(52,13,'view_accesslog','Can view access log');
INSERT INTO "auth_permission" VALUES(53,14,'add_accessfailurelog','Can add access failure');
INSERT INTO "auth_permission" VALUES(54,14,'change_accessfailurelog','Can change access failure');
INSERT INTO "auth_permission" VALUES(55,14,'delete_accessfailurelog','Can delete access failure');
INSERT INTO "auth_permission" VALUES(56,14,'view_accessfailurelog','Can view access failure');
INSERT INTO "auth_permission" VALUES(57,15,'add_accessattemptexpiration','Can add access attempt expiration');
INSERT INTO "auth_permission" VALUES(58,15,'change_accessattemptexpiration','Can change access attempt expiration');
INSERT INTO "auth_permission" VALUES(59,15,'delete_accessattemptexpiration','Can delete access attempt expiration');
INSERT INTO "auth_permission" VALUES(60,15,'view_accessattemptexpiration','Can view access attempt expiration');
INSERT INTO "auth_permission" VALUES(61,16,'add_organisation','Can add organisation');
INSERT INTO "auth_permission" VALUES(62,16,'change_organisation','Can change organisation');
INSERT INTO "auth_permission" VALUES(63,16,'delete_organisation','Can delete organisation');
INSERT INTO "auth_permission" VALUES(64,16,'view_organisation','Can view organisation');
INSERT INTO "auth_permission" VALUES(65,17,'add_user','Can add user');
INSERT INTO "auth_permission" VALUES(66,17,'change_user','Can change user');
INSERT INTO "auth_permission" VALUES(67,17,'delete_user','Can delete user');
INSERT INTO "auth_permission" VALUES(68,17,'view_user','Can view user');
INSERT INTO "auth_permission" VALUES(69,18,'add_event','Can add event');
INSERT INTO "auth_permission" VALUES(70,18,'change_event','Can change event');
INSERT INTO "auth_permission" VALUES(71,18,'delete_event','Can delete event');
INSERT INTO "auth_permission" VALUES(72,18,'view_event','Can view event');
INSERT INTO "auth_permission" VALUES(73,19,'add_notification','Can add notification');
INSERT INTO "auth_permission" VALUES(74,19,'change_notification','Can change notification');
INSERT INTO "auth_permission" VALUES(75,19,'delete_notification','Can delete notification');
INSERT INTO "auth_permission" VALUES(76,19,'view_notification','Can view notification');
INSERT INTO "auth_permission" VALUES(77,20,'add_throttlebucket','Can add throttle bucket');
INSERT INTO "auth_permission" VALUES(78,20,'change_throttlebucket','Can change throttle bucket');
INSERT INTO "auth_permission" VALUES(79,20,'delete_throttlebucket','Can delete throttle bucket');
INSERT INTO "auth_permission" VALUES(80,20,'view_throttlebucket','Can view throttle bucket');
INSERT INTO "auth_permission" VALUES(81,21,'add_formsubmission','Can add form submission');
INSERT INTO "auth_permission" VALUES(82,21,'change_formsubmission','Can change form submission');
INSERT INTO "auth_permission" VALUES(83,21,'delete_formsubmission','Can delete form submission');
INSERT INTO "auth_permission" VALUES(84,21,'view_formsubmission','Can view form submission');
INSERT INTO "auth_permission" VALUES(85,22,'add_invitation','Can add invitation');
INSERT INTO "auth_permission" VALUES(86,22,'change_invitation','Can change invitation');
INSERT INTO "auth_permission" VALUES(87,22,'delete_invitation','Can delete invitation');
INSERT INTO "auth_permission" VALUES(88,22,'view_invitation','Can view invitation');
INSERT INTO "auth_permission" VALUES(89,23,'add_replacedinvitationlink','Can add replaced invitation link');
INSERT INTO "auth_permission" VALUES(90,23,'change_replacedinvitationlink','Can change replaced invitation link');
INSERT INTO "auth_permission" VALUES(91,23,'delete_replacedinvitationlink','Can delete replaced invitation link');
INSERT INTO "auth_permission" VALUES(92,23,'view_replacedinvitationlink','Can view replaced invitation link');
INSERT INTO "auth_permission" VALUES(93,24,'add_programme','Can add programme');
INSERT INTO "auth_permission" VALUES(94,24,'change_programme','Can change programme');
INSERT INTO "auth_permission" VALUES(95,24,'delete_programme','Can delete programme');
INSERT INTO "auth_permission" VALUES(96,24,'view_programme','Can view programme');
INSERT INTO "auth_permission" VALUES(97,25,'add_project','Can add project');
INSERT INTO "auth_permission" VALUES(98,25,'change_project','Can change project');
INSERT INTO "auth_permission" VALUES(99,25,'delete_project','Can delete project');
INSERT INTO "auth_permission" VALUES(100,25,'view_project','Can view project');
INSERT INTO "auth_permission" VALUES(101,26,'add_projectmembership','Can add project membership');
INSERT INTO "auth_permission" VALUES(102,26,'change_projectmembership','Can change project membership');
INSERT INTO "auth_permission" VALUES(103,26,'delete_projectmembership','Can delete project membership');
INSERT INTO "auth_permission" VALUES(104,26,'view_projectmembership','Can view project membership');
INSERT INTO "auth_permission" VALUES(105,27,'add_programmemembership','Can add programme membership');
INSERT INTO "auth_permission" VALUES(106,27,'change_programmemembership','Can change programme membership');
INSERT INTO "auth_permission" VALUES(107,27,'delete_programmemembership','Can delete programme membership');
INSERT INTO "auth_permission" VALUES(108,27,'view_programmemembership','Can view programme membership');
INSERT INTO "auth_permission" VALUES(109,28,'add_stimulustag','Can add stimulus tag');
INSERT INTO "auth_permission" VALUES(110,28,'change_stimulustag','Can change stimulus tag');
INSERT INTO "auth_permission" VALUES(111,28,'delete_stimulustag','Can delete stimulus tag');
INSERT INTO "auth_permission" VALUES(112,28,'view_stimulustag','Can view stimulus tag');
INSERT INTO "auth_permission" VALUES(113,29,'add_objective','Can add objective');
INSERT INTO "auth_permission" VALUES(114,29,'change_objective','Can change objective');
INSERT INTO "auth_permission" VALUES(115,29,'delete_objective','Can delete objective');
INSERT INTO "auth_permission" VALUES(116,29,'view_objective','Can view objective');
INSERT INTO "auth_permission" VALUES(117,30,'add_problemstatement','Can add problem statement');
INSERT INTO "auth_permission" VALUES(118,30,'change_problemstatement','Can change problem statement');
INSERT INTO "auth_permission" VALUES(119,30,'delete_problemstatement','Can delete problem statement');
INSERT INTO "auth_permission" VALUES(120,30,'view_problemstatement','Can view problem statement');
INSERT INTO "auth_permission" VALUES(121,31,'add_stimulus','Can add stimulus');
INSERT INTO "auth_permission" VALUES(122,31,'change_stimulus','Can change stimulus');
INSERT INTO "auth_permission" VALUES(123,31,'delete_stimulus','Can delete stimulus');
INSERT INTO "auth_permission" VALUES(124,31,'view_stimulus','Can view stimulus');
INSERT INTO "auth_permission" VALUES(125,32,'add_workshop','Can add workshop');
INSERT INTO "auth_permission" VALUES(126,32,'change_workshop','Can change workshop');
INSERT INTO "auth_permission" VALUES(127,32,'delete_workshop','Can delete workshop');
INSERT INTO "auth_permission" VALUES(128,32,'view_workshop','Can view workshop');
INSERT INTO "auth_permission" VALUES(129,33,'add_creativeoption','Can add creative option');
INSERT INTO "auth_permission" VALUES(130,33,'change_creativeoption','Can change creative option');
INSERT INTO "auth_permission" VALUES(131,33,'delete_creativeoption','Can delete creative option');
INSERT INTO "auth_permission" VALUES(132,33,'view_creativeoption','Can view creative option');
INSERT INTO "auth_permission" VALUES(133,34,'add_workshopparticipant','Can add workshop participant');
INSERT INTO "auth_permission" VALUES(134,34,'change_workshopparticipant','Can change workshop participant');
INSERT INTO "auth_permission" VALUES(135,34,'delete_workshopparticipant','Can delete workshop participant');
INSERT INTO "auth_permission" VALUES(136,34,'view_workshopparticipant','Can view workshop participant');
INSERT INTO "auth_permission" VALUES(137,35,'add_assessment','Can add assessment');
INSERT INTO "auth_permission" VALUES(138,35,'change_assessment','Can change assessment');
INSERT INTO "auth_permission" VALUES(139,35,'delete_assessment','Can delete assessment');
INSERT INTO "auth_permission" VALUES(140,35,'view_assessment','Can view assessment');
INSERT INTO "auth_permission" VALUES(141,36,'add_datasource','Can add data source');
INSERT INTO "auth_permission" VALUES(142,36,'change_datasource','Can change data source');
INSERT INTO "auth_permission" VALUES(143,36,'delete_datasource','Can delete data source');
INSERT INTO "auth_permission" VALUES(144,36,'view_datasource','Can view data source');
INSERT INTO "auth_permission" VALUES(145,37,'add_potentialinnovator','Can add potential innovator');
INSERT INTO "auth_permission" VALUES(146,37,'change_potentialinnovator','Can change potential innovator');
INSERT INTO "auth_permission" VALUES(147,37,'delete_potentialinnovator','Can delete potential innovator');
INSERT INTO "auth_permission" VALUES(148,37,'view_potentialinnovator','Can view potential innovator');
INSERT INTO "auth_permission" VALUES(149,38,'add_stagemove','Can add stage move');
INSERT INTO "auth_permission" VALUES(150,38,'change_stagemove','Can change stage move');
INSERT INTO "auth_permission" VALUES(151,38,'delete_stagemove','Can delete stage move');
INSERT INTO "auth_permission" VALUES(152,38,'view_stagemove','Can view stage move');
INSERT INTO "auth_permission" VALUES(153,39,'add_keptstimulus','Can add kept stimulus');
INSERT INTO "auth_permission" VALUES(154,39,'change_keptstimulus','Can change kept stimulus');
INSERT INTO "auth_permission" VALUES(155,39,'delete_keptstimulus','Can delete kept stimulus');
INSERT INTO "auth_permission" VALUES(156,39,'view_keptstimulus','Can view kept stimulus');
INSERT INTO "auth_permission" VALUES(157,40,'add_fieldtrial','Can add field trial');
INSERT INTO "auth_permission" VALUES(158,40,'change_fieldtrial','Can change field trial');
INSERT INTO "auth_permission" VALUES(159,40,'delete_fieldtrial','Can delete field trial');
INSERT INTO "auth_permission" VALUES(160,40,'view_fieldtrial','Can view field trial');
INSERT INTO "auth_permission" VALUES(161,41,'add_fieldtrialmembership','Can add field trial membership');
INSERT INTO "auth_permission" VALUES(162,41,'change_fieldtrialmembership','Can change field trial membership');
INSERT INTO "auth_permission" VALUES(163,41,'delete_fieldtrialmembership','Can delete field trial membership');
INSERT INTO "auth_permission" VALUES(164,41,'view_fieldtrialmembership','Can view field trial membership');
INSERT INTO "auth_permission" VALUES(165,42,'add_resourcedomain','Can add resource domain');
INSERT INTO "auth_permission" VALUES(166,42,'change_resourcedomain','Can change resource domain');
INSERT INTO "auth_permission" VALUES(167,42,'delete_resourcedomain','Can delete resource domain');
INSERT INTO "auth_permission" VALUES(168,42,'view_resourcedomain','Can view resource domain');
INSERT INTO "auth_permission" VALUES(169,43,'add_risk','Can add risk');
INSERT INTO "auth_permission" VALUES(170,43,'change_risk','Can change risk');
INSERT INTO "auth_permission" VALUES(171,43,'delete_risk','Can delete risk');
INSERT INTO "auth_permission" VALUES(172,43,'view_risk','Can view risk');
INSERT INTO "auth_permission" VALUES(173,44,'add_supportsession','Can add support session');
INSERT INTO "auth_permission" VALUES(174,44,'change_supportsession','Can change support session');
INSERT INTO "auth_permission" VALUES(175,44,'delete_supportsession','Can delete support session');
INSERT INTO "auth_permission" VALUES(176,44,'view_supportsession','Can view support session');
INSERT INTO "auth_permission" VALUES(177,45,'add_trialstatuschange','Can add trial status change');
INSERT INTO "auth_permission" VALUES(178,45,'change_trialstatuschange','Can change trial status change');
INSERT INTO "auth_permission" VALUES(179,45,'delete_trialstatuschange','Can delete trial status change');
INSERT INTO "auth_permission" VALUES(180,45,'view_trialstatuschange','Can view trial status change');
INSERT INTO "auth_permission" VALUES(181,46,'add_brokeredrelationship','Can add brokered relationship');
INSERT INTO "auth_permission" VALUES(182,46,'change_brokeredrelationship','Can change brokered relationship');
INSERT INTO "auth_permission" VALUES(183,46,'delete_brokeredrelationship','Can delete brokered relationship');
INSERT INTO "auth_permission" VALUES(184,46,'view_brokeredrelationship','Can view brokered relationship');
INSERT INTO "auth_permission" VALUES(185,47,'add_communityofpractice','Can add community of practice');
INSERT INTO "auth_permission" VALUES(186,47,'change_communityofpractice','Can change community of practice');
INSERT INTO "auth_permission" VALUES(187,47,'delete_communityofpractice','Can delete community of practice');
INSERT INTO "auth_permission" VALUES(188,47,'view_communityofpractice','Can view community of practice');
INSERT INTO "auth_permission" VALUES(189,48,'add_communitymeeting','Can add community meeting');
INSERT INTO "auth_permission" VALUES(190,48,'change_communitymeeting','Can change community meeting');
INSERT INTO "auth_permission" VALUES(191,48,'delete_communitymeeting','Can delete community meeting');
INSERT INTO "auth_permission" VALUES(192,48,'view_communitymeeting','Can view community meeting');
INSERT INTO "auth_permission" VALUES(193,49,'add_historicalbrokeredrelationship','Can add historical brokered relationship');
INSERT INTO "auth_permission" VALUES(194,49,'change_historicalbrokeredrelationship','Can change historical brokered relationship');
INSERT INTO "auth_permission" VALUES(195,49,'delete_historicalbrokeredrelationship','Can delete historical brokered relationship');
INSERT INTO "auth_permission" VALUES(196,49,'view_historicalbrokeredrelationship','Can view historical brokered relationship');
INSERT INTO "auth_permission" VALUES(197,50,'add_historicalfieldtrial','Can add historical field trial');
INSERT INTO "auth_permission" VALUES(198,50,'change_historicalfieldtrial','Can change historical field trial');
INSERT INTO "auth_permission" VALUES(199,50,'delete_historicalfieldtrial','Can delete historical field trial');
INSERT INTO "auth_permission" VALUES(200,50,'view_historicalfieldtrial','Can view historical field trial');
INSERT INTO "auth_permission" VALUES(201,51,'add_historicalmilestone','Can add historical milestone');
INSERT INTO "auth_permission" VALUES(202,51,'change_historicalmilestone','Can change historical milestone');
INSERT INTO "auth_permission" VALUES(203,51,'delete_historicalmilestone','Can delete historical milestone');
INSERT INTO "auth_permission" VALUES(204,51,'view_historicalmilestone','Can view historical milestone');
INSERT INTO "auth_permission" VALUES(205,52,'add_historicalmonthlyupdate','Can add historical monthly update');
INSERT INTO "auth_permission" VALUES(206,52,'change_historicalmonthlyupdate','Can change historical monthly update');
INSERT INTO "auth_permission" VALUES(207,52,'delete_historicalmonthlyupdate','Can delete historical monthly update');
INSERT INTO "auth_permission" VALUES(208,52,'view_historicalmonthlyupdate','Can view historical monthly update');
INSERT INTO "auth_permission" VALUES(209,53,'add_historicalofferuse','Can add historical offer use');
INSERT INTO "auth_permission" VALUES(210,53,'change_historicalofferuse','Can change historical offer use');
INSERT INTO "auth_permission" VALUES(211,53,'delete_historicalofferuse','Can delete historical offer use');
INSERT INTO "auth_permission" VALUES(212,53,'view_historicalofferuse','Can view historical offer use');
INSERT INTO "auth_permission" VALUES(213,54,'add_historicalpowertoinnovaterequest','Can add historical power to innovate request');
INSERT INTO "auth_permission" VALUES(214,54,'change_historicalpowertoinnovaterequest','Can change historical power to innovate request');
INSERT INTO "auth_permission" VALUES(215,54,'delete_historicalpowertoinnovaterequest','Can delete historical power to innovate request');
INSERT INTO "auth_permission" VALUES(216,54,'view_historicalpowertoinnovaterequest','Can view historical power to innovate request');
INSERT INTO "auth_permission" VALUES(217,55,'add_historicalrisk','Can add historical risk');
INSERT INTO "auth_permission" VALUES(218,55,'change_historicalrisk','Can change historical risk');
INSERT INTO "auth_permission" VALUES(219,55,'delete_historicalrisk','Can delete historical risk');
INSERT INTO "auth_permission" VALUES(220,55,'view_historicalrisk','Can view historical risk');
INSERT INTO "auth_permission" VALUES(221,56,'add_historicalsupportsession','Can add historical support session');
INSERT INTO "auth_permission" VALUES(222,56,'change_historicalsupportsession','Can change historical support session');
INSERT INTO "auth_permission" VALUES(223,56,'delete_historicalsupportsession','Can delete historical support session');
INSERT INTO "auth_permission" VALUES(224,56,'view_historicalsupportsession','Can view historical support session');
INSERT INTO "auth_permission" VALUES(225,57,'add_milestone','Can add milestone');
INSERT INTO "auth_permission" VALUES(226,57,'change_milestone','Can change milestone');
INSERT INTO "auth_permission" VALUES(227,57,'delete_milestone','Can delete milestone');
INSERT INTO "auth_permission" VALUES(228,57,'view_milestone','Can view milestone');
INSERT INTO "auth_permission" VALUES(229,58,'add_monthlyupdate','Can add monthly update');
INSERT INTO "auth_permission" VALUES(230,58,'change_monthlyupdate','Can change monthly update');
INSERT INTO "auth_permission" VALUES(231,58,'delete_monthlyupdate','Can delete monthly update');
INSERT INTO "auth_permission" VALUES(232,58,'view_monthlyupdate','Can view monthly update');
INSERT INTO "auth_permission" VALUES(233,59,'add_offeruse','Can add offer use');
INSERT INTO "auth_permission" VALUES(234,59,'change_offeruse','Can change offer use');
INSERT INTO "auth_permission" VALUES(235,59,'delete_offeruse','Can delete offer use');
INSERT INTO "auth_permission" VALUES(236,59,'view_offeruse','Can view offer use');
INSERT INTO "auth_permission" VALUES(237,60,'add_powertoinnovaterequest','Can add power to innovate request');
INSERT INTO "auth_permission" VALUES(238,60,'change_powertoinnovaterequest','Can change power to innovate request');
INSERT INTO "auth_permission" VALUES(239,60,'delete_powertoinnovaterequest','Can delete power to innovate request');
INSERT INTO "auth_permission" VALUES(240,60,'view_powertoinnovaterequest','Can view power to innovate request');
INSERT INTO "auth_permission" VALUES(241,61,'add_thread','Can add thread');
INSERT INTO "auth_permission" VALUES(242,61,'change_thread','Can change thread');
INSERT INTO "auth_permission" VALUES(243,61,'delete_thread','Can delete thread');
INSERT INTO "auth_permission" VALUES(244,61,'view_thread','Can view thread');
INSERT INTO "auth_permission" VALUES(245,62,'add_post','Can add post');
INSERT INTO "auth_permission" VALUES(246,62,'change_post','Can change post');
INSERT INTO "auth_permission" VALUES(247,62,'delete_post','Can delete post');
INSERT INTO "auth_permission" VALUES(248,62,'view_post','Can view post');
INSERT INTO "auth_permission" VALUES(249,63,'add_attachment','Can add attachment');
INSERT INTO "auth_permission" VALUES(250,63,'change_attachment','Can change attachment');
INSERT INTO "auth_permission" VALUES(251,63,'delete_attachment','Can delete attachment');
INSERT INTO "auth_permission" VALUES(252,63,'view_attachment','Can view attachment');
INSERT INTO "auth_permission" VALUES(253,64,'add_postrevision','Can add post revision');
INSERT INTO "auth_permission" VALUES(254,64,'change_postrevision','Can change post revision');
INSERT INTO "auth_permission" VALUES(255,64,'delete_postrevision','Can delete post revision');
INSERT INTO "auth_permission" VALUES(256,64,'view_postrevision','Can view post revision');
INSERT INTO "auth_permission" VALUES(257,65,'add_tool','Can add tool');
INSERT INTO "auth_permission" VALUES(258,65,'change_tool','Can change tool');
INSERT INTO "auth_permission" VALUES(259,65,'delete_tool','Can delete tool');
INSERT INTO "auth_permission" VALUES(260,65,'view_tool','Can view tool');
INSERT INTO "auth_permission" VALUES(261,66,'add_exercise','Can add exercise');
INSERT INTO "auth_permission" VALUES(262,66,'change_exercise','Can change exercise');
INSERT INTO "auth_permission" VALUES(263,66,'delete_exercise','Can delete exercise');
INSERT INTO "auth_permission" VALUES(264,66,'view_exercise','Can view exercise');
INSERT INTO "auth_permission" VALUES(265,67,'add_participation','Can add participation');
INSERT INTO "auth_permission" VALUES(266,67,'change_participation','Can change participation');
INSERT INTO "auth_permission" VALUES(267,67,'delete_participation','Can delete participation');
INSERT INTO "auth_permission" VALUES(268,67,'view_participation','Can view participation');
INSERT INTO "auth_permission" VALUES(269,68,'add_toolversion','Can add tool version');
INSERT INTO "auth_permission" VALUES(270,68,'change_toolversion','Can change tool version');
INSERT INTO "auth_permission" VALUES(271,68,'delete_toolversion','Can delete tool version');
INSERT INTO "auth_permission" VALUES(272,68,'view_toolversion','Can view tool version');
INSERT INTO "auth_permission" VALUES(273,69,'add_answer','Can add answer');
INSERT INTO "auth_permission" VALUES(274,69,'change_answer','Can change answer');
INSERT INTO "auth_permission" VALUES(275,69,'delete_answer','Can delete answer');
INSERT INTO "auth_permission" VALUES(276,69,'view_answer','Can view answer');
INSERT INTO "auth_permission" VALUES(277,70,'add_boardmeeting','Can add board meeting');
INSERT INTO "auth_permission" VALUES(278,70,'change_boardmeeting','Can change board meeting');
INSERT INTO "auth_permission" VALUES(279,70,'delete_boardmeeting','Can delete board meeting');
INSERT INTO "auth_permission" VALUES(280,70,'view_boardmeeting','Can view board meeting');
INSERT INTO "auth_permission" VALUES(281,71,'add_tag','Can add tag');
INSERT INTO "auth_permission" VALUES(282,71,'change_tag','Can change tag');
INSERT INTO "auth_permission" VALUES(283,71,'delete_tag','Can delete tag');
INSERT INTO "auth_permission" VALUES(284,71,'view_tag','Can view tag');
INSERT INTO "auth_permission" VALUES(285,72,'add_boarddecision','Can add board decision');
INSERT INTO "auth_permission" VALUES(286,72,'change_boarddecision','Can change board decision');
INSERT INTO "auth_permission" VALUES(287,72,'delete_boarddecision','Can delete board decision');
INSERT INTO "auth_permission" VALUES(288,72,'view_boarddecision','Can view board decision');
INSERT INTO "auth_permission" VALUES(289,73,'add_casestudy','Can add case study');
INSERT INTO "auth_permission" VALUES(290,73,'change_casestudy','Can change case study');
INSERT INTO "auth_permission" VALUES(291,73,'delete_casestudy','Can delete case study');
INSERT INTO "auth_permission" VALUES(292,73,'view_casestudy','Can view case study');
INSERT INTO "auth_permission" VALUES(293,74,'add_evaluationplan','Can add evaluation plan');
INSERT INTO "auth_permission" VALUES(294,74,'change_evaluationplan','Can change evaluation plan');
INSERT INTO "auth_permission" VALUES(295,74,'delete_evaluationplan','Can delete evaluation plan');
INSERT INTO "auth_permission" VALUES(296,74,'view_evaluationplan','Can view evaluation plan');
INSERT INTO "auth_permission" VALUES(297,75,'add_evaluationquestion','Can add evaluation question');
INSERT INTO "auth_permission" VALUES(298,75,'change_evaluationquestion','Can change evaluation question');
INSERT INTO "auth_permission" VALUES(299,75,'delete_evaluationquestion','Can delete evaluation question');
INSERT INTO "auth_permission" VALUES(300,75,'view_evaluationquestion','Can view evaluation question');
INSERT INTO "auth_permission" VALUES(301,76,'add_historicalobjective','Can add historical objective');
INSERT INTO "auth_permission" VALUES(302,76,'change_historicalobjective','Can change historical objective');
INSERT INTO "auth_permission" VALUES(303,76,'delete_historicalobjective','Can delete historical objective');
INSERT INTO "auth_permission" VALUES(304,76,'view_historicalobjective','Can view historical objective');
INSERT INTO "auth_permission" VALUES(305,77,'add_independentevaluation','Can add independent evaluation');
INSERT INTO "auth_permission" VALUES(306,77,'change_independentevaluation','Can change independent evaluation');
INSERT INTO "auth_permission" VALUES(307,77,'delete_independentevaluation','Can delete independent evaluation');
INSERT INTO "auth_permission" VALUES(308,77,'view_independentevaluation','Can view independent evaluation');
INSERT INTO "auth_permission" VALUES(309,78,'add_indicator','Can add indicator');
INSERT INTO "auth_permission" VALUES(310,78,'change_indicator','Can change indicator');
INSERT INTO "auth_permission" VALUES(311,78,'delete_indicator','Can delete indicator');
INSERT INTO "auth_permission" VALUES(312,78,'view_indicator','Can view indicator');
INSERT INTO "auth_permission" VALUES(313,79,'add_historicalmeasurement','Can add historical measurement');
INSERT INTO "auth_permission" VALUES(314,79,'change_historicalmeasurement','Can change historical measurement');
INSERT INTO "auth_permission" VALUES(315,79,'delete_historicalmeasurement','Can delete historical measurement');
INSERT INTO "auth_permission" VALUES(316,79,'view_historicalmeasurement','Can view historical measurement');
INSERT INTO "auth_permission" VALUES(317,80,'add_localitygroup','Can add locality group');
INSERT INTO "auth_permission" VALUES(318,80,'change_localitygroup','Can change locality group');
INSERT INTO "auth_permission" VALUES(319,80,'delete_localitygroup','Can delete locality group');
INSERT INTO "auth_permission" VALUES(320,80,'view_localitygroup','Can view locality group');
INSERT INTO "auth_permission" VALUES(321,81,'add_highlightreport','Can add highlight report');
INSERT INTO "auth_permission" VALUES(322,81,'change_highlightreport','Can change highlight report');
INSERT INTO "auth_permission" VALUES(323,81,'delete_highlightreport','Can delete highlight report');
INSERT INTO "auth_permission" VALUES(324,81,'view_highlightreport','Can view highlight report');
INSERT INTO "auth_permission" VALUES(325,82,'add_measurement','Can add measurement');
INSERT INTO "auth_permission" VALUES(326,82,'change_measurement','Can change measurement');
INSERT INTO "auth_permission" VALUES(327,82,'delete_measurement','Can delete measurement');
INSERT INTO "auth_permission" VALUES(328,82,'view_measurement','Can view measurement');
INSERT INTO "auth_permission" VALUES(329,83,'add_objective','Can add objective');
INSERT INTO "auth_permission" VALUES(330,83,'change_objective','Can change objective');
INSERT INTO "auth_permission" VALUES(331,83,'delete_objective','Can delete objective');
INSERT INTO "auth_permission" VALUES(332,83,'view_objective','Can view objective');
INSERT INTO "auth_permission" VALUES(333,84,'add_historicalprogressentry','Can add historical progress entry');
INSERT INTO "auth_permission" VALUES(334,84,'change_historicalprogressentry','Can change historical progress entry');
INSERT INTO "auth_permission" VALUES(335,84,'delete_historicalprogressentry','Can delete historical progress entry');
INSERT INTO "auth_permission" VALUES(336,84,'view_historicalprogressentry','Can view historical progress entry');
INSERT INTO "auth_permission" VALUES(337,85,'add_partnercontribution','Can add partner contribution');
INSERT INTO "auth_permission" VALUES(338,85,'change_partnercontribution','Can change partner contribution');
INSERT INTO "auth_permission" VALUES(339,85,'delete_partnercontribution','Can delete partner contribution');
INSERT INTO "auth_permission" VALUES(340,85,'view_partnercontribution','Can view partner contribution');
INSERT INTO "auth_permission" VALUES(341,86,'add_partnershipboard','Can add partnership board');
INSERT INTO "auth_permission" VALUES(342,86,'change_partnershipboard','Can change partnership board');
INSERT INTO "auth_permission" VALUES(343,86,'delete_partnershipboard','Can delete partnership board');
INSERT INTO "auth_permission" VALUES(344,86,'view_partnershipboard','Can view partnership board');
INSERT INTO "auth_permission" VALUES(345,87,'add_boardmember','Can add board member');
INSERT INTO "auth_permission" VALUES(346,87,'change_boardmember','Can change board member');
INSERT INTO "auth_permission" VALUES(347,87,'delete_boardmember','Can delete board member');
INSERT INTO "auth_permission" VALUES(348,87,'view_boardmember','Can view board member');
INSERT INTO "auth_permission" VALUES(349,88,'add_policyevidence','Can add policy evidence');
INSERT INTO "auth_permission" VALUES(350,88,'change_policyevidence','Can change policy evidence');
INSERT INTO "auth_permission" VALUES(351,88,'delete_policyevidence','Can delete policy evidence');
INSERT INTO "auth_permission" VALUES(352,88,'view_policyevidence','Can view policy evidence');
INSERT INTO "auth_permission" VALUES(353,89,'add_progressentry','Can add progress entry');
INSERT INTO "auth_permission" VALUES(354,89,'change_progressentry','Can change progress entry');
INSERT INTO "auth_permission" VALUES(355,89,'delete_progressentry','Can delete progress entry');
INSERT INTO "auth_permission" VALUES(356,89,'view_progressentry','Can view progress entry');
INSERT INTO "auth_permission" VALUES(357,90,'add_successcriterion','Can add success criterion');
INSERT INTO "auth_permission" VALUES(358,90,'change_successcriterion','Can change success criterion');
INSERT INTO "auth_permission" VALUES(359,90,'delete_successcriterion','Can delete success criterion');
INSERT INTO "auth_permission" VALUES(360,90,'view_successcriterion','Can view success criterion');
INSERT INTO "auth_permission" VALUES(361,91,'add_lesson','Can add lesson');
INSERT INTO "auth_permission" VALUES(362,91,'change_lesson','Can change lesson');
INSERT INTO "auth_permission" VALUES(363,91,'delete_lesson','Can delete lesson');
INSERT INTO "auth_permission" VALUES(364,91,'view_lesson','Can view lesson');
INSERT INTO "auth_permission" VALUES(365,92,'add_takeup','Can add take up');
INSERT INTO "auth_permission" VALUES(366,92,'change_takeup','Can change take up');
INSERT INTO "auth_permission" VALUES(367,92,'delete_takeup','Can delete take up');
INSERT INTO "auth_permission" VALUES(368,92,'view_takeup','Can view take up');
INSERT INTO "auth_permission" VALUES(369,93,'add_report','Can add report');
INSERT INTO "auth_permission" VALUES(370,93,'change_report','Can change report');
INSERT INTO "auth_permission" VALUES(371,93,'delete_report','Can delete report');
INSERT INTO "auth_permission" VALUES(372,93,'view_report','Can view report');
INSERT INTO "auth_permission" VALUES(373,94,'add_monthlyreportoptout','Can add monthly report opt out');
INSERT INTO "auth_permission" VALUES(374,94,'change_monthlyreportoptout','Can change monthly report opt out');
INSERT INTO "auth_permission" VALUES(375,94,'delete_monthlyreportoptout','Can delete monthly report opt out');
INSERT INTO "auth_permission" VALUES(376,94,'view_monthlyreportoptout','Can view monthly report opt out');
INSERT INTO "auth_permission" VALUES(377,95,'add_organisationimport','Can add organisation import');
INSERT INTO "auth_permission" VALUES(378,95,'change_organisationimport','Can change organisation import');
INSERT INTO "auth_permission" VALUES(379,95,'delete_organisationimport','Can delete organisation import');
INSERT INTO "auth_permission" VALUES(380,95,'view_organisationimport','Can view organisation import');
INSERT INTO "auth_permission" VALUES(381,96,'add_peopleimport','Can add people import');
INSERT INTO "auth_permission" VALUES(382,96,'change_peopleimport','Can change people import');
INSERT INTO "auth_permission" VALUES(383,96,'delete_peopleimport','Can delete people import');
INSERT INTO "auth_permission" VALUES(384,96,'view_peopleimport','Can view people import');
INSERT INTO "auth_permission" VALUES(385,97,'add_communityspace','Can add community space');
INSERT INTO "auth_permission" VALUES(386,97,'change_communityspace','Can change community space');
INSERT INTO "auth_permission" VALUES(387,97,'delete_communityspace','Can delete community space');
INSERT INTO "auth_permission" VALUES(388,97,'view_communityspace','Can view community space');
INSERT INTO "auth_permission" VALUES(389,98,'add_joinrequest','Can add join request');
INSERT INTO "auth_permission" VALUES(390,98,'change_joinrequest','Can change join request');
INSERT INTO "auth_permission" VALUES(391,98,'delete_joinrequest','Can delete join request');
INSERT INTO "auth_permission" VALUES(392,98,'view_joinrequest','Can view join request');
INSERT INTO "auth_permission" VALUES(393,99,'add_pagerevision','Can add page revision');
INSERT INTO "auth_permission" VALUES(394,99,'change_pagerevision','Can change page revision');
INSERT INTO "auth_permission" VALUES(395,99,'delete_pagerevision','Can delete page revision');
INSERT INTO "auth_permission" VALUES(396,99,'view_pagerevision','Can view page revision');
INSERT INTO "auth_permission" VALUES(397,100,'add_searchdocument','Can add search document');
INSERT INTO "auth_permission" VALUES(398,100,'change_searchdocument','Can change search document');
INSERT INTO "auth_permission" VALUES(399,100,'delete_searchdocument','Can delete search document');
INSERT INTO "auth_permission" VALUES(400,100,'view_searchdocument','Can view search document');
INSERT INTO "auth_permission" VALUES(401,101,'add_digest','Can add digest');
INSERT INTO "auth_permission" VALUES(402,101,'change_digest','Can change digest');
INSERT INTO "auth_permission" VALUES(403,101,'delete_digest','Can delete digest');
INSERT INTO "auth_permission" VALUES(404,101,'view_digest','Can view digest');
INSERT INTO "auth_permission" VALUES(405,102,'add_digestchoice','Can add digest choice');
INSERT INTO "auth_permission" VALUES(406,102,'change_digestchoice','Can change digest choice');
INSERT INTO "auth_permission" VALUES(407,102,'delete_digestchoice','Can delete digest choice');
INSERT INTO "auth_permission" VALUES(408,102,'view_digestchoice','Can view digest choice');
INSERT INTO "auth_permission" VALUES(409,103,'add_digestitem','Can add digest item');
INSERT INTO "auth_permission" VALUES(410,103,'change_digestitem','Can change digest item');
INSERT INTO "auth_permission" VALUES(411,103,'delete_digestitem','Can delete digest item');
INSERT INTO "auth_permission" VALUES(412,103,'view_digestitem','Can view digest item');
INSERT INTO "auth_permission" VALUES(413,104,'add_follow','Can add follow');
INSERT INTO "auth_permission" VALUES(414,104,'change_follow','Can change follow');
INSERT INTO "auth_permission" VALUES(415,104,'delete_follow','Can delete follow');
INSERT INTO "auth_permission" VALUES(416,104,'view_follow','Can view follow');
CREATE TABLE "axes_accessattempt" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "user_agent" varchar(255) NOT NULL, "ip_address" char(39) NULL, "username" varchar(255) NULL, "http_accept" varchar(1025) NOT NULL, "path_info" varchar(255) NOT NULL, "attempt_time" datetime NOT NULL, "get_data" text NOT NULL, "post_data" text NOT NULL, "failures_since_start" integer unsigned NOT NULL CHECK ("failures_since_start" >= 0));
CREATE TABLE "axes_accessattemptexpiration" ("access_attempt_id" integer NOT NULL PRIMARY KEY REFERENCES "axes_accessattempt" ("id") DEFERRABLE INITIALLY DEFERRED, "expires_at" datetime NOT NULL);
CREATE TABLE "axes_accessfailurelog" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "user_agent" varchar(255) NOT NULL, "ip_address" char(39) NULL, "username" varchar(255) NULL, "http_accept" varchar(1025) NOT NULL, "path_info" varchar(255) NOT NULL, "attempt_time" datetime NOT NULL, "locked_out" bool NOT NULL);
CREATE TABLE "axes_accesslog" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "user_agent" varchar(255) NOT NULL, "ip_address" char(39) NULL, "username" varchar(255) NULL, "http_accept" varchar(1025) NOT NULL, "path_info" varchar(255) NOT NULL, "attempt_time" datetime NOT NULL, "logout_time" datetime NULL, "session_hash" varchar(64) NOT NULL);
CREATE TABLE "communities_communityspace" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "changed_at" datetime NULL, "open_to_others" bool NOT NULL, "text" text NOT NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "community_id" bigint NOT NULL UNIQUE REFERENCES "fieldtrials_communityofpractice" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0));
CREATE TABLE "communities_joinrequest" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "message" text NOT NULL, "status" varchar(10) NOT NULL, "created_at" datetime NOT NULL, "decided_at" datetime NULL, "community_id" bigint NOT NULL REFERENCES "fieldtrials_communityofpractice" ("id") DEFERRABLE INITIALLY DEFERRED, "decided_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" bigint NOT NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "left_at" datetime NULL);
CREATE TABLE "communities_pagerevision" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "text" text NOT NULL, "edited_at" datetime NOT NULL, "note" varchar(200) NOT NULL, "edited_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "space_id" bigint NOT NULL REFERENCES "communities_communityspace" ("id") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "one_revision_a_version" UNIQUE ("space_id", "version"));
CREATE TABLE "directory_organisationimport" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "file" varchar(300) NOT NULL, "original_name" varchar(255) NOT NULL, "requested_at" datetime NOT NULL, "state" varchar(20) NOT NULL, "counts" text NOT NULL CHECK ((JSON_VALID("counts") OR "counts" IS NULL)), "problems" text NOT NULL CHECK ((JSON_VALID("problems") OR "problems" IS NULL)), "problem_count" integer unsigned NOT NULL CHECK ("problem_count" >= 0), "changes" text NOT NULL CHECK ((JSON_VALID("changes") OR "changes" IS NULL)), "failure_message" varchar(500) NOT NULL, "started_at" datetime NULL, "previewed_at" datetime NULL, "confirmed_at" datetime NULL, "import_started_at" datetime NULL, "finished_at" datetime NULL, "confirmed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "requested_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "directory_peopleimport" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "file" varchar(300) NOT NULL, "original_name" varchar(255) NOT NULL, "requested_at" datetime NOT NULL, "state" varchar(20) NOT NULL, "counts" text NOT NULL CHECK ((JSON_VALID("counts") OR "counts" IS NULL)), "problems" text NOT NULL CHECK ((JSON_VALID("problems") OR "problems" IS NULL)), "problem_count" integer unsigned NOT NULL CHECK ("problem_count" >= 0), "failure_message" varchar(500) NOT NULL, "started_at" datetime NULL, "previewed_at" datetime NULL, "confirmed_at" datetime NULL, "import_started_at" datetime NULL, "finished_at" datetime NULL, "confirmed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "programme_id" bigint NOT NULL REFERENCES "programmes_programme" ("id") DEFERRABLE INITIALLY DEFERRED, "requested_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "discussions_attachment" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "file" varchar(300) NOT NULL, "file_type" varchar(100) NOT NULL, "size" integer unsigned NOT NULL CHECK ("size" >= 0), "post_id" bigint NOT NULL REFERENCES "discussions_post" ("id") DEFERRABLE INITIALLY DEFERRED, "original_name" varchar(255) NOT NULL);
CREATE TABLE "discussions_post" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "changed_at" datetime NULL, "withdrawn_at" datetime NULL, "withdrawn_reason" text NOT NULL, "body" text NOT NULL, "created_at" datetime NOT NULL, "author_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "thread_id" bigint NOT NULL REFERENCES "discussions_thread" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "discussions_postrevision" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "body" text NOT NULL, "written_at" datetime NOT NULL, "replaced_at" datetime NOT NULL, "post_id" bigint NOT NULL REFERENCES "discussions_post" ("id") DEFERRABLE INITIALLY DEFERRED, "replaced_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "discussions_one_revision" UNIQUE ("post_id", "version"));
CREATE TABLE "discussions_thread" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(200) NOT NULL, "officers_only" bool NOT NULL, "created_at" datetime NOT NULL, "last_posted_at" datetime NOT NULL, "created_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "field_trial_id" bigint NULL REFERENCES "fieldtrials_fieldtrial" ("id") DEFERRABLE INITIALLY DEFERRED, "community_id" bigint NULL REFERENCES "fieldtrials_communityofpractice" ("id") DEFERRABLE INITIALLY DEFERRED, "option_id" bigint NULL REFERENCES "programmes_creativeoption" ("id") DEFERRABLE INITIALLY DEFERRED, "project_id" bigint NULL REFERENCES "programmes_project" ("id") DEFERRABLE INITIALLY DEFERRED, "monthly_update_id" bigint NULL REFERENCES "fieldtrials_monthlyupdate" ("id") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "discussions_thread_one_subject" CHECK ((("field_trial_id" IS NOT NULL AND "project_id" IS NULL AND "option_id" IS NULL AND "community_id" IS NULL) OR ("project_id" IS NOT NULL AND "field_trial_id" IS NULL AND "option_id" IS NULL AND "community_id" IS NULL) OR ("option_id" IS NOT NULL AND "field_trial_id" IS NULL AND "project_id" IS NULL AND "community_id" IS NULL) OR ("community_id" IS NOT NULL AND "field_trial_id" IS NULL AND "project_id" IS NULL AND "option_id" IS NULL))));
CREATE TABLE "django_admin_log" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "object_id" text NULL, "object_repr" varchar(200) NOT NULL, "action_flag" smallint unsigned NOT NULL CHECK ("action_flag" >= 0), "change_message" text NOT NULL, "content_type_id" integer NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" bigint NOT NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "action_time" datetime NOT NULL);
CREATE TABLE "django_celery_beat_clockedschedule" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "clocked_time" datetime NOT NULL);
CREATE TABLE "django_celery_beat_crontabschedule" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "minute" varchar(240) NOT NULL, "hour" varchar(96) NOT NULL, "day_of_week" varchar(64) NOT NULL, "day_of_month" varchar(124) NOT NULL, "month_of_year" varchar(64) NOT NULL, "timezone" varchar(63) NOT NULL);
INSERT INTO "django_celery_beat_crontabschedule" VALUES(1,'0','7','*','*','*','Europe/London');
INSERT INTO "django_celery_beat_crontabschedule" VALUES(2,'30','7','*','*','*','Europe/London');
INSERT INTO "django_celery_beat_crontabschedule" VALUES(3,'30','7','1','*','*','Europe/London');
INSERT INTO "django_celery_beat_crontabschedule" VALUES(4,'0','6','*','1','*','Europe/London');
INSERT INTO "django_celery_beat_crontabschedule" VALUES(5,'10','3','*','*','*','Europe/London');
INSERT INTO "django_celery_beat_crontabschedule" VALUES(6,'20','3','*','*','*','Europe/London');
INSERT INTO "django_celery_beat_crontabschedule" VALUES(7,'30','3','*','*','*','Europe/London');
INSERT INTO "django_celery_beat_crontabschedule" VALUES(8,'40','3','*','*','*','Europe/London');
CREATE TABLE "django_celery_beat_intervalschedule" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "every" integer NOT NULL, "period" varchar(24) NOT NULL);
INSERT INTO "django_celery_beat_intervalschedule" VALUES(1,5,'minutes');
CREATE TABLE "django_celery_beat_periodictask" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(200) NOT NULL UNIQUE, "task" varchar(200) NOT NULL, "args" text NOT NULL, "kwargs" text NOT NULL, "queue" varchar(200) NULL, "exchange" varchar(200) NULL, "routing_key" varchar(200) NULL, "expires" datetime NULL, "enabled" bool NOT NULL, "last_run_at" datetime NULL, "total_run_count" integer unsigned NOT NULL CHECK ("total_run_count" >= 0), "date_changed" datetime NOT NULL, "description" text NOT NULL, "crontab_id" integer NULL REFERENCES "django_celery_beat_crontabschedule" ("id") DEFERRABLE INITIALLY DEFERRED, "interval_id" integer NULL REFERENCES "django_celery_beat_intervalschedule" ("id") DEFERRABLE INITIALLY DEFERRED, "solar_id" integer NULL REFERENCES "django_celery_beat_solarschedule" ("id") DEFERRABLE INITIALLY DEFERRED, "one_off" bool NOT NULL, "start_time" datetime NULL, "priority" integer unsigned NULL CHECK ("priority" >= 0), "headers" text NOT NULL, "clocked_id" integer NULL REFERENCES "django_celery_beat_clockedschedule" ("id") DEFERRABLE INITIALLY DEFERRED, "expire_seconds" integer unsigned NULL CHECK ("expire_seconds" >= 0));
INSERT INTO "django_celery_beat_periodictask" VALUES(1,'Daily reminders: milestones due or overdue, monthly updates missing','fieldtrials.tasks.send_daily_reminders','[]','{}',NULL,NULL,NULL,NULL,1,NULL,0,'2026-12-07 22:06:50.682537','Tells each trial''s team of milestones due within seven days or overdue and of a monthly update missing; running it twice tells nobody twice.',1,NULL,NULL,0,NULL,NULL,'{}',NULL,NULL);
INSERT INTO "django_celery_beat_periodictask" VALUES(2,'Fail organisation imports whose job died','directory.tasks.sweep_stale_imports','[]','{}',NULL,NULL,NULL,NULL,1,NULL,0,'2026-12-07 22:07:03.714049','Marks organisation imports whose job died as failed, so the next import is not blocked; a second run changes nothing.',NULL,1,NULL,0,NULL,NULL,'{}',NULL,NULL);
INSERT INTO "django_celery_beat_periodictask" VALUES(3,'Daily digests of what people follow','following.tasks.send_digests','[]','{"frequency": "daily"}',NULL,NULL,NULL,NULL,1,NULL,0,'2026-12-07 22:07:35.079925','E-mails each person who chose a daily digest what is new in what they follow; running it twice tells nobody anything twice.',2,NULL,NULL,0,NULL,NULL,'{}',NULL,NULL);
INSERT INTO "django_celery_beat_periodictask" VALUES(4,'Weekly digests of what people follow','following.tasks.send_digests','[]','{"frequency": "weekly"}',NULL,NULL,NULL,NULL,1,NULL,0,'2026-12-07 22:07:35.081687','E-mails each person who chose a weekly digest what is new in what they follow; running it twice tells nobody anything twice.',3,NULL,NULL,0,NULL,NULL,'{}',NULL,NULL);
INSERT INTO "django_celery_beat_periodictask" VALUES(5,'Monthly progress reports of every active project','reports.tasks.make_monthly_reports','[]','{}',NULL,NULL,NULL,NULL,1,NULL,0,'2026-12-07 22:07:37.222296','Makes one progress report per active project for the month just ended; running it twice in a month makes nothing twice.',4,NULL,NULL,0,NULL,NULL,'{}',NULL,NULL);
INSERT INTO "django_celery_beat_periodictask" VALUES(6,'Fail progress reports whose job died','reports.tasks.sweep_stale_reports','[]','{}',NULL,NULL,NULL,NULL,1,NULL,0,'2026-12-07 22:07:38.416314','Marks progress reports still being prepared 20 minutes after they were asked for as failed (their job died) and tells whoever asked; a second run changes nothing.',NULL,1,NULL,0,NULL,NULL,'{}',NULL,NULL);
INSERT INTO "django_celery_beat_periodictask" VALUES(7,'Clear expired sessions','accounts.tasks.clear_expired_sessions','[]','{}',NULL,NULL,NULL,NULL,1,NULL,0,'2026-12-07 22:07:38.700657','Housekeeping: deletes only rows past their use; a second run the same day deletes nothing.',5,NULL,NULL,0,NULL,NULL,'{}',NULL,NULL);
INSERT INTO "django_celery_beat_periodictask" VALUES(8,'Forget sign-in records older than NEXTPRACTICE_SIGN_IN_RECORDS_DAYS (90 days unless set)','accounts.tasks.forget_old_login_records','[]','{}',NULL,NULL,NULL,NULL,1,NULL,0,'2026-12-07 22:07:38.702362','Housekeeping: deletes django-axes'' sign-in records (address typed, IP address, browser, time) older than the period set; a second run the same day deletes nothing.',6,NULL,NULL,0,NULL,NULL,'{}',NULL,NULL);
INSERT INTO "django_celery_beat_periodictask" VALUES(9,'Forget form tokens older than a day','accounts.tasks.forget_old_form_submissions','[]','{}',NULL,NULL,NULL,NULL,1,NULL,0,'2026-12-07 22:07:38.707706','Housekeeping: deletes only rows past their use; a second run the same day deletes nothing.',7,NULL,NULL,0,NULL,NULL,'{}',NULL,NULL);
INSERT INTO "django_celery_beat_periodictask" VALUES(10,'Forget rate limits no longer counting','accounts.tasks.forget_expired_throttle_buckets','[]','{}',NULL,NULL,NULL,NULL,1,NULL,0,'2026-12-07 22:07:38.709205','Housekeeping: deletes only rows past their use; a second run the same day deletes nothing.',8,NULL,NULL,0,NULL,NULL,'{}',NULL,NULL);
CREATE TABLE "django_celery_beat_periodictasks" ("ident" smallint NOT NULL PRIMARY KEY, "last_update" datetime NOT NULL);
CREATE TABLE "django_celery_beat_solarschedule" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "event" varchar(24) NOT NULL, "latitude" decimal NOT NULL, "longitude" decimal NOT NULL);
CREATE TABLE "django_content_type" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "app_label" varchar(100) NOT NULL, "model" varchar(100) NOT NULL);
INSERT INTO "django_content_type" VALUES(1,'admin','logentry');
INSERT INTO "django_content_type" VALUES(2,'auth','permission');
INSERT INTO "django_content_type" VALUES(3,'auth','group');
INSERT INTO "django_content_type" VALUES(4,'contenttypes','contenttype');
INSERT INTO "django_content_type" VALUES(5,'sessions','session');
INSERT INTO "django_content_type" VALUES(6,'django_celery_beat','crontabschedule');
INSERT INTO "django_content_type" VALUES(7,'django_celery_beat','intervalschedule');
INSERT INTO "django_content_type" VALUES(8,'django_celery_beat','periodictask');
INSERT INTO "django_content_type" VALUES(9,'django_celery_beat','periodictasks');
INSERT INTO "django_content_type" VALUES(10,'django_celery_beat','solarschedule');
INSERT INTO "django_content_type" VALUES(11,'django_celery_beat','clockedschedule');
INSERT INTO "django_content_type" VALUES(12,'axes','accessattempt');
INSERT INTO "django_content_type" VALUES(13,'axes','accesslog');
INSERT INTO "django_content_type" VALUES(14,'axes','accessfailurelog');
INSERT INTO "django_content_type" VALUES(15,'axes','accessattemptexpiration');
INSERT INTO "django_content_type" VALUES(16,'accounts','organisation');
INSERT INTO "django_content_type" VALUES(17,'accounts','user');
INSERT INTO "django_content_type" VALUES(18,'accounts','event');
INSERT INTO "django_content_type" VALUES(19,'accounts','notification');
INSERT INTO "django_content_type" VALUES(20,'accounts','throttlebucket');
INSERT INTO "django_content_type" VALUES(21,'accounts','formsubmission');
INSERT INTO "django_content_type" VALUES(22,'accounts','invitation');
INSERT INTO "django_content_type" VALUES(23,'accounts','replacedinvitationlink');
INSERT INTO "django_content_type" VALUES(24,'programmes','programme');
INSERT INTO "django_content_type" VALUES(25,'programmes','project');
INSERT INTO "django_content_type" VALUES(26,'programmes','projectmembership');
INSERT INTO "django_content_type" VALUES(27,'programmes','programmemembership');
INSERT INTO "django_content_type" VALUES(28,'programmes','stimulustag');
INSERT INTO "django_content_type" VALUES(29,'programmes','objective');
INSERT INTO "django_content_type" VALUES(30,'programmes','problemstatement');
INSERT INTO "django_content_type" VALUES(31,'programmes','stimulus');
INSERT INTO "django_content_type" VALUES(32,'programmes','workshop');
INSERT INTO "django_content_type" VALUES(33,'programmes','creativeoption');
INSERT INTO "django_content_type" VALUES(34,'programmes','workshopparticipant');
INSERT INTO "django_content_type" VALUES(35,'programmes','assessment');
INSERT INTO "django_content_type" VALUES(36,'programmes','datasource');
INSERT INTO "django_content_type" VALUES(37,'programmes','potentialinnovator');
INSERT INTO "django_content_type" VALUES(38,'programmes','stagemove');
INSERT INTO "django_content_type" VALUES(39,'programmes','keptstimulus');
INSERT INTO "django_content_type" VALUES(40,'fieldtrials','fieldtrial');
INSERT INTO "django_content_type" VALUES(41,'fieldtrials','fieldtrialmembership');
INSERT INTO "django_content_type" VALUES(42,'fieldtrials','resourcedomain');
INSERT INTO "django_content_type" VALUES(43,'fieldtrials','risk');
INSERT INTO "django_content_type" VALUES(44,'fieldtrials','supportsession');
INSERT INTO "django_content_type" VALUES(45,'fieldtrials','trialstatuschange');
INSERT INTO "django_content_type" VALUES(46,'fieldtrials','brokeredrelationship');
INSERT INTO "django_content_type" VALUES(47,'fieldtrials','communityofpractice');
INSERT INTO "django_content_type" VALUES(48,'fieldtrials','communitymeeting');
INSERT INTO "django_content_type" VALUES(49,'fieldtrials','historicalbrokeredrelationship');
INSERT INTO "django_content_type" VALUES(50,'fieldtrials','historicalfieldtrial');
INSERT INTO "django_content_type" VALUES(51,'fieldtrials','historicalmilestone');
INSERT INTO "django_content_type" VALUES(52,'fieldtrials','historicalmonthlyupdate');
INSERT INTO "django_content_type" VALUES(53,'fieldtrials','historicalofferuse');
INSERT INTO "django_content_type" VALUES(54,'fieldtrials','historicalpowertoinnovaterequest');
INSERT INTO "django_content_type" VALUES(55,'fieldtrials','historicalrisk');
INSERT INTO "django_content_type" VALUES(56,'fieldtrials','historicalsupportsession');
INSERT INTO "django_content_type" VALUES(57,'fieldtrials','milestone');
INSERT INTO "django_content_type" VALUES(58,'fieldtrials','monthlyupdate');
INSERT INTO "django_content_type" VALUES(59,'fieldtrials','offeruse');
INSERT INTO "django_content_type" VALUES(60,'fieldtrials','powertoinnovaterequest');
INSERT INTO "django_content_type" VALUES(61,'discussions','thread');
INSERT INTO "django_content_type" VALUES(62,'discussions','post');
INSERT INTO "django_content_type" VALUES(63,'discussions','attachment');
INSERT INTO "django_content_type" VALUES(64,'discussions','postrevision');
INSERT INTO "django_content_type" VALUES(65,'toolkit','tool');
INSERT INTO "django_content_type" VALUES(66,'toolkit','exercise');
INSERT INTO "django_content_type" VALUES(67,'toolkit','participation');
INSERT INTO "django_content_type" VALUES(68,'toolkit','toolversion');
INSERT INTO "django_content_type" VALUES(69,'toolkit','answer');
INSERT INTO "django_content_type" VALUES(70,'evaluation','boardmeeting');
INSERT INTO "django_content_type" VALUES(71,'evaluation','tag');
INSERT INTO "django_content_type" VALUES(72,'evaluation','boarddecision');
INSERT INTO "django_content_type" VALUES(73,'evaluation','casestudy');
INSERT INTO "django_content_type" VALUES(74,'evaluation','evaluationplan');
INSERT INTO "django_content_type" VALUES(75,'evaluation','evaluationquestion');
INSERT INTO "django_content_type" VALUES(76,'evaluation','historicalobjective');
INSERT INTO "django_content_type" VALUES(77,'evaluation','independentevaluation');
INSERT INTO "django_content_type" VALUES(78,'evaluation','indicator');
INSERT INTO "django_content_type" VALUES(79,'evaluation','historicalmeasurement');
INSERT INTO "django_content_type" VALUES(80,'evaluation','localitygroup');
INSERT INTO "django_content_type" VALUES(81,'evaluation','highlightreport');
INSERT INTO "django_content_type" VALUES(82,'evaluation','measurement');
INSERT INTO "django_content_type" VALUES(83,'evaluation','objective');
INSERT INTO "django_content_type" VALUES(84,'evaluation','historicalprogressentry');
INSERT INTO "django_content_type" VALUES(85,'evaluation','partnercontribution');
INSERT INTO "django_content_type" VALUES(86,'evaluation','partnershipboard');
INSERT INTO "django_content_type" VALUES(87,'evaluation','boardmember');
INSERT INTO "django_content_type" VALUES(88,'evaluation','policyevidence');
INSERT INTO "django_content_type" VALUES(89,'evaluation','progressentry');
INSERT INTO "django_content_type" VALUES(90,'evaluation','successcriterion');
INSERT INTO "django_content_type" VALUES(91,'evaluation','lesson');
INSERT INTO "django_content_type" VALUES(92,'evaluation','takeup');
INSERT INTO "django_content_type" VALUES(93,'reports','report');
INSERT INTO "django_content_type" VALUES(94,'reports','monthlyreportoptout');
INSERT INTO "django_content_type" VALUES(95,'directory','organisationimport');
INSERT INTO "django_content_type" VALUES(96,'directory','peopleimport');
INSERT INTO "django_content_type" VALUES(97,'communities','communityspace');
INSERT INTO "django_content_type" VALUES(98,'communities','joinrequest');
INSERT INTO "django_content_type" VALUES(99,'communities','pagerevision');
INSERT INTO "django_content_type" VALUES(100,'search','searchdocument');
INSERT INTO "django_content_type" VALUES(101,'following','digest');
INSERT INTO "django_content_type" VALUES(102,'following','digestchoice');
INSERT INTO "django_content_type" VALUES(103,'following','digestitem');
INSERT INTO "django_content_type" VALUES(104,'following','follow');
CREATE TABLE "django_migrations" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "app" varchar(255) NOT NULL, "name" varchar(255) NOT NULL, "applied" datetime NOT NULL);
INSERT INTO "django_migrations" VALUES(1,'contenttypes','0001_initial','2026-12-07 22:06:39.081847');
INSERT INTO "django_migrations" VALUES(2,'contenttypes','0002_remove_content_type_name','2026-12-07 22:06:39.105146');
INSERT INTO "django_migrations" VALUES(3,'auth','0001_initial','2026-12-07 22:06:39.151802');
INSERT INTO "django_migrations" VALUES(4,'auth','0002_alter_permission_name_max_length','2026-12-07 22:06:39.170611');
INSERT INTO "django_migrations" VALUES(5,'auth','0003_alter_user_email_max_length','2026-12-07 22:06:39.181768');
INSERT INTO "django_migrations" VALUES(6,'auth','0004_alter_user_username_opts','2026-12-07 22:06:39.198159');
INSERT INTO "django_migrations" VALUES(7,'auth','0005_alter_user_last_login_null','2026-12-07 22:06:39.209874');
INSERT INTO "django_migrations" VALUES(8,'auth','0006_require_contenttypes_0002','2026-12-07 22:06:39.216757');
INSERT INTO "django_migrations" VALUES(9,'auth','0007_alter_validators_add_error_messages','2026-12-07 22:06:39.229368');
INSERT INTO "django_migrations" VALUES(10,'auth','0008_alter_user_username_max_length','2026-12-07 22:06:39.243143');
INSERT INTO "django_migrations" VALUES(11,'auth','0009_alter_user_last_name_max_length','2026-12-07 22:06:39.261054');
INSERT INTO "django_migrations" VALUES(12,'auth','0010_alter_group_name_max_length','2026-12-07 22:06:39.277553');
INSERT INTO "django_migrations" VALUES(13,'auth','0011_update_proxy_permissions','2026-12-07 22:06:39.298731');
INSERT INTO "django_migrations" VALUES(14,'auth','0012_alter_user_first_name_max_length','2026-12-07 22:06:39.313621');
INSERT INTO "django_migrations" VALUES(15,'search','0001_documents','2026-12-07 22:06:39.326690');
INSERT INTO "django_migrations" VALUES(16,'search','0002_gin_index','2026-12-07 22:06:39.346310');
INSERT INTO "django_migrations" VALUES(17,'search','0003_access_keys','2026-12-07 22:06:39.393683');
INSERT INTO "django_migrations" VALUES(18,'search','0004_words_whatever_their_accents','2026-12-07 22:06:39.420984');
INSERT INTO "django_migrations" VALUES(19,'accounts','0001_initial','2026-12-07 22:06:39.549482');
INSERT INTO "django_migrations" VALUES(20,'programmes','0001_initial','2026-12-07 22:06:39.850255');
INSERT INTO "django_migrations" VALUES(21,'programmes','0002_stimulustag_project_narrative_and_more','2026-12-07 22:06:40.317051');
INSERT INTO "django_migrations" VALUES(22,'programmes','0003_blank_authors','2026-12-07 22:06:41.244419');
INSERT INTO "django_migrations" VALUES(23,'fieldtrials','0001_initial','2026-12-07 22:06:41.558169');
INSERT INTO "django_migrations" VALUES(24,'fieldtrials','0002_option_and_draft_lead','2026-12-07 22:06:41.794816');
INSERT INTO "django_migrations" VALUES(25,'fieldtrials','0003_trial_records','2026-12-07 22:06:48.986587');
INSERT INTO "django_migrations" VALUES(26,'fieldtrials','0004_resource_domains','2026-12-07 22:06:49.047285');
INSERT INTO "django_migrations" VALUES(27,'django_celery_beat','0001_initial','2026-12-07 22:06:49.068121');
INSERT INTO "django_migrations" VALUES(28,'django_celery_beat','0002_auto_20161118_0346','2026-12-07 22:06:49.116196');
INSERT INTO "django_migrations" VALUES(29,'django_celery_beat','0003_auto_20161209_0049','2026-12-07 22:06:49.168157');
INSERT INTO "django_migrations" VALUES(30,'django_celery_beat','0004_auto_20170221_0000','2026-12-07 22:06:49.186015');
INSERT INTO "django_migrations" VALUES(31,'django_celery_beat','0005_add_solarschedule_events_choices','2026-12-07 22:06:49.212700');
INSERT INTO "django_migrations" VALUES(32,'django_celery_beat','0006_auto_20180322_0932','2026-12-07 22:06:49.345795');
INSERT INTO "django_migrations" VALUES(33,'django_celery_beat','0007_auto_20180521_0826','2026-12-07 22:06:49.378791');
INSERT INTO "django_migrations" VALUES(34,'django_celery_beat','0008_auto_20180914_1922','2026-12-07 22:06:49.426410');
INSERT INTO "django_migrations" VALUES(35,'django_celery_beat','0006_auto_20180210_1226','2026-12-07 22:06:49.473768');
INSERT INTO "django_migrations" VALUES(36,'django_celery_beat','0006_periodictask_priority','2026-12-07 22:06:49.493807');
INSERT INTO "django_migrations" VALUES(37,'django_celery_beat','0009_periodictask_headers','2026-12-07 22:06:49.529054');
INSERT INTO "django_migrations" VALUES(38,'django_celery_beat','0010_auto_20190429_0326','2026-12-07 22:06:49.995047');
INSERT INTO "django_migrations" VALUES(39,'django_celery_beat','0011_auto_20190508_0153','2026-12-07 22:06:50.088059');
INSERT INTO "django_migrations" VALUES(40,'django_celery_beat','0012_periodictask_expire_seconds','2026-12-07 22:06:50.141555');
INSERT INTO "django_migrations" VALUES(41,'django_celery_beat','0013_auto_20200609_0727','2026-12-07 22:06:50.189098');
INSERT INTO "django_migrations" VALUES(42,'django_celery_beat','0014_remove_clockedschedule_enabled','2026-12-07 22:06:50.223783');
INSERT INTO "django_migrations" VALUES(43,'django_celery_beat','0015_edit_solarschedule_events_choices','2026-12-07 22:06:50.233957');
INSERT INTO "django_migrations" VALUES(44,'django_celery_beat','0016_alter_crontabschedule_timezone','2026-12-07 22:06:50.282139');
INSERT INTO "django_migrations" VALUES(45,'django_celery_beat','0017_alter_crontabschedule_month_of_year','2026-12-07 22:06:50.347631');
INSERT INTO "django_migrations" VALUES(46,'django_celery_beat','0018_improve_crontab_helptext','2026-12-07 22:06:50.379186');
INSERT INTO "django_migrations" VALUES(47,'django_celery_beat','0019_alter_periodictasks_options','2026-12-07 22:06:50.402068');
INSERT INTO "django_migrations" VALUES(48,'fieldtrials','0005_daily_reminders_schedule','2026-12-07 22:06:50.683067');
INSERT INTO "django_migrations" VALUES(49,'accounts','0002_notification_kinds_and_email_choices','2026-12-07 22:06:51.297720');
INSERT INTO "django_migrations" VALUES(50,'accounts','0003_notification_emailed_at','2026-12-07 22:06:51.361731');
INSERT INTO "django_migrations" VALUES(51,'accounts','0004_throttle_bucket','2026-12-07 22:06:51.372653');
INSERT INTO "django_migrations" VALUES(52,'accounts','0005_form_submission','2026-12-07 22:06:51.632213');
INSERT INTO "django_migrations" VALUES(53,'accounts','0006_invitation','2026-12-07 22:06:52.364576');
INSERT INTO "django_migrations" VALUES(54,'accounts','0007_organisation_name_prefix_index','2026-12-07 22:06:52.610614');
INSERT INTO "django_migrations" VALUES(55,'accounts','0008_event_scope','2026-12-07 22:06:53.566729');
INSERT INTO "django_migrations" VALUES(56,'accounts','0009_event_scope_backfill','2026-12-07 22:06:53.674658');
INSERT INTO "django_migrations" VALUES(57,'accounts','0010_mention_notification_kind','2026-12-07 22:06:53.769239');
INSERT INTO "django_migrations" VALUES(58,'accounts','0011_join_notification_kinds','2026-12-07 22:06:54.122687');
INSERT INTO "django_migrations" VALUES(59,'accounts','0012_invitation_name','2026-12-07 22:06:54.234705');
INSERT INTO "django_migrations" VALUES(60,'accounts','0013_urn_taken_in_plain_words','2026-12-07 22:06:54.267015');
INSERT INTO "django_migrations" VALUES(61,'accounts','0014_replaced_invitation_links','2026-12-07 22:06:54.380967');
INSERT INTO "django_migrations" VALUES(62,'accounts','0015_membership_notification_words','2026-12-07 22:06:54.459454');
INSERT INTO "django_migrations" VALUES(63,'accounts','0016_update_notifications','2026-12-07 22:06:54.539916');
INSERT INTO "django_migrations" VALUES(64,'accounts','0017_monthly_report_notifications','2026-12-07 22:06:54.621218');
INSERT INTO "django_migrations" VALUES(65,'accounts','0018_urn_digits_0_to_9','2026-12-07 22:06:54.683781');
INSERT INTO "django_migrations" VALUES(66,'accounts','0019_import_notifications','2026-12-07 22:06:54.732781');
INSERT INTO "django_migrations" VALUES(67,'accounts','0020_organisation_unaccented_name_index','2026-12-07 22:06:54.774817');
INSERT INTO "django_migrations" VALUES(68,'accounts','0021_invitation_email_failure','2026-12-07 22:06:55.124005');
INSERT INTO "django_migrations" VALUES(69,'accounts','0022_community_ended_notification_kind','2026-12-07 22:06:55.298225');
INSERT INTO "django_migrations" VALUES(70,'accounts','0023_user_email_unique_ignoring_case','2026-12-07 22:06:55.427667');
INSERT INTO "django_migrations" VALUES(71,'accounts','0024_update_withdrawn_or_restored_notification_kind','2026-12-07 22:06:55.466793');
INSERT INTO "django_migrations" VALUES(72,'accounts','0025_replaced_invitation_link_email_outcome','2026-12-07 22:06:55.520862');
INSERT INTO "django_migrations" VALUES(73,'accounts','0026_user_erased_at','2026-12-07 22:06:55.593444');
INSERT INTO "django_migrations" VALUES(74,'accounts','0027_support_asked_notification_kind','2026-12-07 22:06:55.691580');
INSERT INTO "django_migrations" VALUES(75,'accounts','0028_user_erased_stays_off','2026-12-07 22:06:55.773110');
INSERT INTO "django_migrations" VALUES(76,'admin','0001_initial','2026-12-07 22:06:55.831642');
INSERT INTO "django_migrations" VALUES(77,'admin','0002_logentry_remove_auto_add','2026-12-07 22:06:56.077381');
INSERT INTO "django_migrations" VALUES(78,'admin','0003_logentry_add_action_flag_choices','2026-12-07 22:06:56.152971');
INSERT INTO "django_migrations" VALUES(79,'axes','0001_initial','2026-12-07 22:06:56.158776');
INSERT INTO "django_migrations" VALUES(80,'axes','0002_auto_20151217_2044','2026-12-07 22:06:56.292217');
INSERT INTO "django_migrations" VALUES(81,'axes','0003_auto_20160322_0929','2026-12-07 22:06:56.342399');
INSERT INTO "django_migrations" VALUES(82,'axes','0004_auto_20181024_1538','2026-12-07 22:06:56.366632');
INSERT INTO "django_migrations" VALUES(83,'axes','0005_remove_accessattempt_trusted','2026-12-07 22:06:56.388654');
INSERT INTO "django_migrations" VALUES(84,'axes','0006_remove_accesslog_trusted','2026-12-07 22:06:56.398460');
INSERT INTO "django_migrations" VALUES(85,'axes','0007_alter_accessattempt_unique_together','2026-12-07 22:06:56.497946');
INSERT INTO "django_migrations" VALUES(86,'axes','0008_accessfailurelog','2026-12-07 22:06:56.511970');
INSERT INTO "django_migrations" VALUES(87,'axes','0009_add_session_hash','2026-12-07 22:06:56.528930');
INSERT INTO "django_migrations" VALUES(88,'axes','0010_accessattemptexpiration','2026-12-07 22:06:56.538490');
INSERT INTO "django_migrations" VALUES(89,'fieldtrials','0006_records_kit','2026-12-07 22:06:57.196448');
INSERT INTO "django_migrations" VALUES(90,'fieldtrials','0007_monthly_update_read','2026-12-07 22:06:57.455801');
INSERT INTO "django_migrations" VALUES(91,'fieldtrials','0008_kept_trial_records','2026-12-07 22:07:01.219784');
INSERT INTO "django_migrations" VALUES(92,'communities','0001_initial','2026-12-07 22:07:01.510125');
INSERT INTO "django_migrations" VALUES(93,'communities','0002_page_versions_from_one','2026-12-07 22:07:01.996714');
INSERT INTO "django_migrations" VALUES(94,'communities','0003_join_request_withdrawn_and_left_at','2026-12-07 22:07:02.204165');
INSERT INTO "django_migrations" VALUES(95,'communities','0004_join_request_removed_and_closed','2026-12-07 22:07:02.601894');
INSERT INTO "django_migrations" VALUES(96,'directory','0001_organisation_import','2026-12-07 22:07:02.943819');
INSERT INTO "django_migrations" VALUES(97,'directory','0002_stale_import_sweep','2026-12-07 22:07:03.714582');
INSERT INTO "django_migrations" VALUES(98,'directory','0003_people_import','2026-12-07 22:07:04.187646');
INSERT INTO "django_migrations" VALUES(99,'fieldtrials','0009_kept_updates_and_pti','2026-12-07 22:07:08.486981');
INSERT INTO "django_migrations" VALUES(100,'fieldtrials','0010_offer_in_the_seeds_words','2026-12-07 22:07:08.834744');
INSERT INTO "django_migrations" VALUES(101,'fieldtrials','0011_kept_community_meetings','2026-12-07 22:07:09.235506');
INSERT INTO "django_migrations" VALUES(102,'fieldtrials','0012_pti_events_kind','2026-12-07 22:07:09.564468');
INSERT INTO "django_migrations" VALUES(103,'fieldtrials','0013_update_rating_in_plain_words','2026-12-07 22:07:09.717043');
INSERT INTO "django_migrations" VALUES(104,'fieldtrials','0014_risk_status_open_or_closed','2026-12-07 22:07:09.858494');
INSERT INTO "django_migrations" VALUES(105,'fieldtrials','0015_milestone_and_open_risk_once','2026-12-07 22:07:10.091267');
INSERT INTO "django_migrations" VALUES(106,'programmes','0004_records_kit','2026-12-07 22:07:13.389803');
INSERT INTO "django_migrations" VALUES(107,'programmes','0005_versioned_details','2026-12-07 22:07:13.585764');
INSERT INTO "django_migrations" VALUES(108,'programmes','0006_kept_stimuli_plural','2026-12-07 22:07:13.803803');
INSERT INTO "django_migrations" VALUES(109,'programmes','0007_kept_workshops','2026-12-07 22:07:14.018841');
INSERT INTO "django_migrations" VALUES(110,'programmes','0008_option_title_once_current','2026-12-07 22:07:14.285524');
INSERT INTO "django_migrations" VALUES(111,'discussions','0001_initial','2026-12-07 22:07:14.396147');
INSERT INTO "django_migrations" VALUES(112,'discussions','0002_threads_everywhere','2026-12-07 22:07:15.334017');
INSERT INTO "django_migrations" VALUES(113,'discussions','0003_thread_about_update','2026-12-07 22:07:15.376539');
INSERT INTO "django_migrations" VALUES(114,'discussions','0004_post_removed_for_officers','2026-12-07 22:07:15.418222');
INSERT INTO "django_migrations" VALUES(115,'discussions','0005_attachment_original_name','2026-12-07 22:07:15.429446');
INSERT INTO "django_migrations" VALUES(116,'evaluation','0001_initial','2026-12-07 22:07:17.266227');
INSERT INTO "django_migrations" VALUES(117,'evaluation','0002_objective_agreed_in_need','2026-12-07 22:07:17.620849');
INSERT INTO "django_migrations" VALUES(118,'evaluation','0003_kept_records','2026-12-07 22:07:31.326180');
INSERT INTO "django_migrations" VALUES(119,'evaluation','0004_names_once_current','2026-12-07 22:07:32.086853');
INSERT INTO "django_migrations" VALUES(120,'evaluation','0005_indicators_of_a_trial','2026-12-07 22:07:32.166489');
INSERT INTO "django_migrations" VALUES(121,'evaluation','0006_plain_constraint_messages','2026-12-07 22:07:32.293911');
INSERT INTO "django_migrations" VALUES(122,'evaluation','0007_indicator_name_message','2026-12-07 22:07:32.356570');
INSERT INTO "django_migrations" VALUES(123,'evaluation','0008_theme_once_whatever_the_case','2026-12-07 22:07:32.717644');
INSERT INTO "django_migrations" VALUES(124,'evaluation','0009_measurements_twice_a_day_withdrawn','2026-12-07 22:07:32.801143');
INSERT INTO "django_migrations" VALUES(125,'evaluation','0010_measurement_once_a_day','2026-12-07 22:07:32.873255');
INSERT INTO "django_migrations" VALUES(126,'fieldtrials','0016_risk_open_once_whatever_its_capitals','2026-12-07 22:07:33.342208');
INSERT INTO "django_migrations" VALUES(127,'fieldtrials','0017_milestone_once_a_day_whatever_its_capitals','2026-12-07 22:07:33.554439');
INSERT INTO "django_migrations" VALUES(128,'fieldtrials','0018_pti_keeps_the_state_it_was_withdrawn_from','2026-12-07 22:07:33.948544');
INSERT INTO "django_migrations" VALUES(129,'following','0001_initial','2026-12-07 22:07:35.013103');
INSERT INTO "django_migrations" VALUES(130,'following','0002_digest_schedule','2026-12-07 22:07:35.082117');
INSERT INTO "django_migrations" VALUES(131,'programmes','0009_promise_tests_in_the_seeds_words','2026-12-07 22:07:35.523593');
INSERT INTO "django_migrations" VALUES(132,'programmes','0010_plain_constraint_messages','2026-12-07 22:07:35.581100');
INSERT INTO "django_migrations" VALUES(133,'programmes','0011_datasource_link_or_file_or_neither','2026-12-07 22:07:35.648209');
INSERT INTO "django_migrations" VALUES(134,'programmes','0012_project_closed','2026-12-07 22:07:35.770648');
INSERT INTO "django_migrations" VALUES(135,'programmes','0013_project_withdrawn','2026-12-07 22:07:36.202310');
INSERT INTO "django_migrations" VALUES(136,'programmes','0014_project_title_once_current','2026-12-07 22:07:36.380462');
INSERT INTO "django_migrations" VALUES(137,'programmes','0015_datasource_original_name','2026-12-07 22:07:36.898542');
INSERT INTO "django_migrations" VALUES(138,'reports','0001_initial','2026-12-07 22:07:37.048113');
INSERT INTO "django_migrations" VALUES(139,'reports','0002_monthly_schedule','2026-12-07 22:07:37.222842');
INSERT INTO "django_migrations" VALUES(140,'reports','0003_pending_once_and_claim','2026-12-07 22:07:38.283120');
INSERT INTO "django_migrations" VALUES(141,'reports','0004_stale_report_sweep','2026-12-07 22:07:38.417014');
INSERT INTO "django_migrations" VALUES(142,'reports','0005_planner_random_page_cost','2026-12-07 22:07:38.556489');
INSERT INTO "django_migrations" VALUES(143,'reports','0006_housekeeping','2026-12-07 22:07:38.709841');
INSERT INTO "django_migrations" VALUES(144,'reports','0007_monthly_report_opt_out','2026-12-07 22:07:38.990345');
INSERT INTO "django_migrations" VALUES(145,'reports','0008_report_covers_and_page','2026-12-07 22:07:39.434902');
INSERT INTO "django_migrations" VALUES(146,'reports','0009_pending_once_per_period','2026-12-07 22:07:40.144541');
INSERT INTO "django_migrations" VALUES(147,'reports','0010_monthly_report_notifications','2026-12-07 22:07:40.357455');
INSERT INTO "django_migrations" VALUES(148,'reports','0011_report_not_made','2026-12-07 22:07:40.412222');
INSERT INTO "django_migrations" VALUES(149,'reports','0012_report_withdrawn','2026-12-07 22:07:40.580466');
INSERT INTO "django_migrations" VALUES(150,'reports','0013_sign_in_records_period','2026-12-07 22:07:40.773836');
INSERT INTO "django_migrations" VALUES(151,'reports','0014_report_remade_without_erased_names','2026-12-07 22:07:40.870953');
INSERT INTO "django_migrations" VALUES(152,'sessions','0001_initial','2026-12-07 22:07:40.874521');
INSERT INTO "django_migrations" VALUES(153,'toolkit','0001_initial','2026-12-07 22:07:41.310416');
INSERT INTO "django_migrations" VALUES(154,'toolkit','0002_versions_answers','2026-12-07 22:07:42.732266');
INSERT INTO "django_migrations" VALUES(155,'toolkit','0003_participation_invitation_emailed_at','2026-12-07 22:07:42.786384');
INSERT INTO "django_migrations" VALUES(156,'toolkit','0004_exercise_local_authority','2026-12-07 22:07:42.850869');
CREATE TABLE "django_session" ("session_key" varchar(40) NOT NULL PRIMARY KEY, "session_data" text NOT NULL, "expire_date" datetime NOT NULL);
CREATE TABLE "evaluation_boarddecision" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "text" text NOT NULL, "meeting_id" bigint NOT NULL REFERENCES "evaluation_boardmeeting" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL);
CREATE TABLE "evaluation_boardmeeting" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "held_on" date NOT NULL, "notes" text NOT NULL, "board_id" bigint NOT NULL REFERENCES "evaluation_partnershipboard" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL);
CREATE TABLE "evaluation_boardmember" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "representative" varchar(200) NOT NULL, "role" varchar(200) NOT NULL, "organisation_id" bigint NOT NULL REFERENCES "accounts_organisation" ("id") DEFERRABLE INITIALLY DEFERRED, "board_id" bigint NOT NULL REFERENCES "evaluation_partnershipboard" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL);
CREATE TABLE "evaluation_casestudy" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(200) NOT NULL, "summary" text NOT NULL, "url" varchar(500) NOT NULL, "published_on" date NULL, "created_at" datetime NOT NULL, "field_trial_id" bigint NULL REFERENCES "fieldtrials_fieldtrial" ("id") DEFERRABLE INITIALLY DEFERRED, "programme_id" bigint NULL REFERENCES "programmes_programme" ("id") DEFERRABLE INITIALLY DEFERRED, "project_id" bigint NULL REFERENCES "programmes_project" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL, CONSTRAINT "evaluation_casestudy_one_subject" CHECK ((("programme_id" IS NOT NULL AND "project_id" IS NULL AND "field_trial_id" IS NULL) OR ("project_id" IS NOT NULL AND "programme_id" IS NULL AND "field_trial_id" IS NULL) OR ("field_trial_id" IS NOT NULL AND "programme_id" IS NULL AND "project_id" IS NULL))));
CREATE TABLE "evaluation_evaluationplan" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "co_designed_with" text NOT NULL, "summary" text NOT NULL, "updated_at" datetime NOT NULL, "field_trial_id" bigint NOT NULL UNIQUE REFERENCES "fieldtrials_fieldtrial" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0));
CREATE TABLE "evaluation_evaluationquestion" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "question" text NOT NULL, "methods" text NOT NULL, "who_collects" text NOT NULL, "when" varchar(200) NOT NULL, "plan_id" bigint NOT NULL REFERENCES "evaluation_evaluationplan" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL);
CREATE TABLE "evaluation_highlightreport" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "month" date NOT NULL, "text" text NOT NULL, "rag" varchar(5) NOT NULL, "created_at" datetime NOT NULL, "author_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "programme_id" bigint NULL REFERENCES "programmes_programme" ("id") DEFERRABLE INITIALLY DEFERRED, "project_id" bigint NULL REFERENCES "programmes_project" ("id") DEFERRABLE INITIALLY DEFERRED, "group_id" bigint NULL REFERENCES "evaluation_localitygroup" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL, CONSTRAINT "evaluation_highlightreport_one_subject" CHECK ((("programme_id" IS NOT NULL AND "project_id" IS NULL) OR ("project_id" IS NOT NULL AND "programme_id" IS NULL))));
CREATE TABLE "evaluation_historicalmeasurement" ("id" bigint NOT NULL, "measured_on" date NOT NULL, "value" decimal NOT NULL, "unit" varchar(100) NOT NULL, "note" text NOT NULL, "created_at" datetime NOT NULL, "history_id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "history_date" datetime NOT NULL, "history_change_reason" varchar(100) NULL, "history_type" varchar(1) NOT NULL, "entered_by_id" bigint NULL, "history_user_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "indicator_id" bigint NULL, "changed_at" datetime NULL, "changed_by_id" bigint NULL, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL, "withdrawn_reason" text NOT NULL);
CREATE TABLE "evaluation_historicalobjective" ("id" bigint NOT NULL, "number" smallint unsigned NULL CHECK ("number" >= 0), "text" text NOT NULL, "created_at" datetime NOT NULL, "history_id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "history_date" datetime NOT NULL, "history_change_reason" varchar(100) NULL, "history_type" varchar(1) NOT NULL, "created_by_id" bigint NULL, "field_trial_id" bigint NULL, "history_user_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "programme_id" bigint NULL, "project_id" bigint NULL, "need_objective_id" bigint NULL, "changed_at" datetime NULL, "changed_by_id" bigint NULL, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL, "withdrawn_reason" text NOT NULL);
CREATE TABLE "evaluation_historicalprogressentry" ("id" bigint NOT NULL, "recorded_on" date NOT NULL, "what" text NOT NULL, "status" varchar(20) NOT NULL, "created_at" datetime NOT NULL, "history_id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "history_date" datetime NOT NULL, "history_change_reason" varchar(100) NULL, "history_type" varchar(1) NOT NULL, "history_user_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "recorded_by_id" bigint NULL, "group_id" bigint NULL, "objective_id" bigint NULL, "changed_at" datetime NULL, "changed_by_id" bigint NULL, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL, "withdrawn_reason" text NOT NULL);
CREATE TABLE "evaluation_independentevaluation" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "evaluator" varchar(300) NOT NULL, "reported_on" date NULL, "findings" text NOT NULL, "url" varchar(500) NOT NULL, "programme_id" bigint NOT NULL REFERENCES "programmes_programme" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL);
CREATE TABLE "evaluation_indicator" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "strand" varchar(30) NOT NULL, "name" varchar(300) NOT NULL, "unit" varchar(100) NOT NULL, "direction" varchar(10) NOT NULL, "baseline_value" decimal NULL, "baseline_date" date NULL, "target_value" decimal NULL, "target_date" date NULL, "notes" text NOT NULL, "created_at" datetime NOT NULL, "field_trial_id" bigint NOT NULL REFERENCES "fieldtrials_fieldtrial" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL);
CREATE TABLE "evaluation_lesson" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(200) NOT NULL, "text" text NOT NULL, "created_at" datetime NOT NULL, "field_trial_id" bigint NULL REFERENCES "fieldtrials_fieldtrial" ("id") DEFERRABLE INITIALLY DEFERRED, "programme_id" bigint NULL REFERENCES "programmes_programme" ("id") DEFERRABLE INITIALLY DEFERRED, "project_id" bigint NULL REFERENCES "programmes_project" ("id") DEFERRABLE INITIALLY DEFERRED, "recorded_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL, CONSTRAINT "evaluation_lesson_one_subject" CHECK ((("programme_id" IS NOT NULL AND "project_id" IS NULL AND "field_trial_id" IS NULL) OR ("project_id" IS NOT NULL AND "programme_id" IS NULL AND "field_trial_id" IS NULL) OR ("field_trial_id" IS NOT NULL AND "programme_id" IS NULL AND "project_id" IS NULL))));
CREATE TABLE "evaluation_lesson_themes" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "lesson_id" bigint NOT NULL REFERENCES "evaluation_lesson" ("id") DEFERRABLE INITIALLY DEFERRED, "tag_id" bigint NOT NULL REFERENCES "evaluation_tag" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "evaluation_localitygroup" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(200) NOT NULL, "programme_id" bigint NOT NULL REFERENCES "programmes_programme" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL);
CREATE TABLE "evaluation_measurement" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "measured_on" date NOT NULL, "value" decimal NOT NULL, "unit" varchar(100) NOT NULL, "note" text NOT NULL, "created_at" datetime NOT NULL, "entered_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "indicator_id" bigint NOT NULL REFERENCES "evaluation_indicator" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL);
CREATE TABLE "evaluation_objective" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "number" smallint unsigned NULL CHECK ("number" >= 0), "text" text NOT NULL, "created_at" datetime NOT NULL, "created_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "field_trial_id" bigint NULL REFERENCES "fieldtrials_fieldtrial" ("id") DEFERRABLE INITIALLY DEFERRED, "programme_id" bigint NULL REFERENCES "programmes_programme" ("id") DEFERRABLE INITIALLY DEFERRED, "project_id" bigint NULL REFERENCES "programmes_project" ("id") DEFERRABLE INITIALLY DEFERRED, "need_objective_id" bigint NULL UNIQUE REFERENCES "programmes_objective" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL, CONSTRAINT "evaluation_objective_one_subject" CHECK ((("programme_id" IS NOT NULL AND "project_id" IS NULL AND "field_trial_id" IS NULL) OR ("project_id" IS NOT NULL AND "programme_id" IS NULL AND "field_trial_id" IS NULL) OR ("field_trial_id" IS NOT NULL AND "programme_id" IS NULL AND "project_id" IS NULL))), CONSTRAINT "evaluation_objective_need_of_project" CHECK (("need_objective_id" IS NULL OR "project_id" IS NOT NULL)));
CREATE TABLE "evaluation_partnercontribution" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "what" text NOT NULL, "created_at" datetime NOT NULL, "entered_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "organisation_id" bigint NOT NULL REFERENCES "accounts_organisation" ("id") DEFERRABLE INITIALLY DEFERRED, "programme_id" bigint NULL REFERENCES "programmes_programme" ("id") DEFERRABLE INITIALLY DEFERRED, "project_id" bigint NULL REFERENCES "programmes_project" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL, CONSTRAINT "evaluation_partnercontribution_one_subject" CHECK ((("programme_id" IS NOT NULL AND "project_id" IS NULL) OR ("project_id" IS NOT NULL AND "programme_id" IS NULL))));
CREATE TABLE "evaluation_partnershipboard" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(200) NOT NULL, "purpose" text NOT NULL, "chair_id" bigint NULL REFERENCES "accounts_organisation" ("id") DEFERRABLE INITIALLY DEFERRED, "programme_id" bigint NOT NULL UNIQUE REFERENCES "programmes_programme" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0));
CREATE TABLE "evaluation_policyevidence" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "review" varchar(300) NOT NULL, "given_on" date NULL, "what" text NOT NULL, "given_by_id" bigint NULL REFERENCES "accounts_organisation" ("id") DEFERRABLE INITIALLY DEFERRED, "programme_id" bigint NOT NULL REFERENCES "programmes_programme" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL);
CREATE TABLE "evaluation_progressentry" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "recorded_on" date NOT NULL, "what" text NOT NULL, "status" varchar(20) NOT NULL, "created_at" datetime NOT NULL, "group_id" bigint NULL REFERENCES "evaluation_localitygroup" ("id") DEFERRABLE INITIALLY DEFERRED, "objective_id" bigint NOT NULL REFERENCES "evaluation_objective" ("id") DEFERRABLE INITIALLY DEFERRED, "recorded_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL);
CREATE TABLE "evaluation_successcriterion" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "text" text NOT NULL, "measure" text NOT NULL, "programme_id" bigint NOT NULL REFERENCES "programmes_programme" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL);
CREATE TABLE "evaluation_tag" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(100) NOT NULL);
CREATE TABLE "evaluation_takeup" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "taken_up_on" date NOT NULL, "how" text NOT NULL, "case_study_id" bigint NULL REFERENCES "evaluation_casestudy" ("id") DEFERRABLE INITIALLY DEFERRED, "lesson_id" bigint NULL REFERENCES "evaluation_lesson" ("id") DEFERRABLE INITIALLY DEFERRED, "organisation_id" bigint NOT NULL REFERENCES "accounts_organisation" ("id") DEFERRABLE INITIALLY DEFERRED, "recorded_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL, CONSTRAINT "takeup_one_source" CHECK ((("lesson_id" IS NOT NULL AND "case_study_id" IS NULL) OR ("case_study_id" IS NOT NULL AND "lesson_id" IS NULL))));
CREATE TABLE "fieldtrials_brokeredrelationship" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "with_whom" varchar(200) NOT NULL, "kind" varchar(20) NOT NULL, "state" varchar(20) NOT NULL, "notes" text NOT NULL, "created_at" datetime NOT NULL, "created_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "field_trial_id" bigint NOT NULL REFERENCES "fieldtrials_fieldtrial" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL);
CREATE TABLE "fieldtrials_communitymeeting" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "held_on" date NOT NULL, "shared" text NOT NULL, "created_at" datetime NOT NULL, "created_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "community_id" bigint NOT NULL REFERENCES "fieldtrials_communityofpractice" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL);
CREATE TABLE "fieldtrials_communitymeeting_attended_by" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "communitymeeting_id" bigint NOT NULL REFERENCES "fieldtrials_communitymeeting" ("id") DEFERRABLE INITIALLY DEFERRED, "fieldtrial_id" bigint NOT NULL REFERENCES "fieldtrials_fieldtrial" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "fieldtrials_communityofpractice" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(200) NOT NULL UNIQUE, "purpose" text NOT NULL, "created_at" datetime NOT NULL, "convenor_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "fieldtrials_communityofpractice_field_trials" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "communityofpractice_id" bigint NOT NULL REFERENCES "fieldtrials_communityofpractice" ("id") DEFERRABLE INITIALLY DEFERRED, "fieldtrial_id" bigint NOT NULL REFERENCES "fieldtrials_fieldtrial" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "fieldtrials_fieldtrial" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(200) NOT NULL, "summary" text NOT NULL, "status" varchar(20) NOT NULL, "start_date" date NULL, "end_date" date NULL, "created_at" datetime NOT NULL, "lead_organisation_id" bigint NULL REFERENCES "accounts_organisation" ("id") DEFERRABLE INITIALLY DEFERRED, "local_authority_id" bigint NULL REFERENCES "accounts_organisation" ("id") DEFERRABLE INITIALLY DEFERRED, "project_id" bigint NOT NULL REFERENCES "programmes_project" ("id") DEFERRABLE INITIALLY DEFERRED, "option_id" bigint NULL UNIQUE REFERENCES "programmes_creativeoption" ("id") DEFERRABLE INITIALLY DEFERRED, "consultant_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "latest_rag" varchar(5) NOT NULL, "latest_update_month" date NULL, "locality" varchar(200) NOT NULL, "plan" text NOT NULL, "status_changed_at" datetime NOT NULL, "trigger" varchar(300) NOT NULL, "version" integer unsigned NOT NULL CHECK ("version" >= 0), CONSTRAINT "fieldtrial_unique_title" UNIQUE ("project_id", "title"));
CREATE TABLE "fieldtrials_fieldtrial_participating_organisations" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "fieldtrial_id" bigint NOT NULL REFERENCES "fieldtrials_fieldtrial" ("id") DEFERRABLE INITIALLY DEFERRED, "organisation_id" bigint NOT NULL REFERENCES "accounts_organisation" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "fieldtrials_fieldtrial_resource_domains" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "fieldtrial_id" bigint NOT NULL REFERENCES "fieldtrials_fieldtrial" ("id") DEFERRABLE INITIALLY DEFERRED, "resourcedomain_id" bigint NOT NULL REFERENCES "fieldtrials_resourcedomain" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "fieldtrials_fieldtrialmembership" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "role" varchar(20) NOT NULL, "field_trial_id" bigint NOT NULL REFERENCES "fieldtrials_fieldtrial" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" bigint NOT NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "fieldtrial_member_once" UNIQUE ("field_trial_id", "user_id"));
CREATE TABLE "fieldtrials_historicalbrokeredrelationship" ("id" bigint NOT NULL, "with_whom" varchar(200) NOT NULL, "kind" varchar(20) NOT NULL, "state" varchar(20) NOT NULL, "notes" text NOT NULL, "created_at" datetime NOT NULL, "history_id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "history_date" datetime NOT NULL, "history_change_reason" varchar(100) NULL, "history_type" varchar(1) NOT NULL, "created_by_id" bigint NULL, "field_trial_id" bigint NULL, "history_user_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL, "withdrawn_reason" text NOT NULL);
CREATE TABLE "fieldtrials_historicalfieldtrial" ("id" bigint NOT NULL, "title" varchar(200) NOT NULL, "summary" text NOT NULL, "locality" varchar(200) NOT NULL, "trigger" varchar(300) NOT NULL, "plan" text NOT NULL, "status" varchar(20) NOT NULL, "status_changed_at" datetime NOT NULL, "start_date" date NULL, "end_date" date NULL, "latest_rag" varchar(5) NOT NULL, "latest_update_month" date NULL, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "created_at" datetime NOT NULL, "history_id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "history_date" datetime NOT NULL, "history_change_reason" varchar(100) NULL, "history_type" varchar(1) NOT NULL, "consultant_id" bigint NULL, "history_user_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "lead_organisation_id" bigint NULL, "local_authority_id" bigint NULL, "option_id" bigint NULL, "project_id" bigint NULL);
CREATE TABLE "fieldtrials_historicalmilestone" ("id" bigint NOT NULL, "title" varchar(200) NOT NULL, "due_on" date NOT NULL, "completed_on" date NULL, "notes" text NOT NULL, "created_at" datetime NOT NULL, "history_id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "history_date" datetime NOT NULL, "history_change_reason" varchar(100) NULL, "history_type" varchar(1) NOT NULL, "created_by_id" bigint NULL, "field_trial_id" bigint NULL, "history_user_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL, "withdrawn_reason" text NOT NULL);
CREATE TABLE "fieldtrials_historicalmonthlyupdate" ("id" bigint NOT NULL, "month" date NOT NULL, "rag" varchar(5) NOT NULL, "what_happened" text NOT NULL, "what_next" text NOT NULL, "in_the_way" text NOT NULL, "status" varchar(10) NOT NULL, "submitted_at" datetime NULL, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL, "history_id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "history_date" datetime NOT NULL, "history_change_reason" varchar(100) NULL, "history_type" varchar(1) NOT NULL, "author_id" bigint NULL, "field_trial_id" bigint NULL, "history_user_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "read_at" datetime NULL, "read_by_id" bigint NULL, "changed_at" datetime NULL, "changed_by_id" bigint NULL, "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL, "withdrawn_reason" text NOT NULL);
CREATE TABLE "fieldtrials_historicalofferuse" ("id" bigint NOT NULL, "element" varchar(30) NOT NULL, "asked_for" text NOT NULL, "given" text NOT NULL, "given_on" date NULL, "given_by" varchar(200) NOT NULL, "created_at" datetime NOT NULL, "history_id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "history_date" datetime NOT NULL, "history_change_reason" varchar(100) NULL, "history_type" varchar(1) NOT NULL, "created_by_id" bigint NULL, "field_trial_id" bigint NULL, "history_user_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL, "withdrawn_reason" text NOT NULL);
CREATE TABLE "fieldtrials_historicalpowertoinnovaterequest" ("id" bigint NOT NULL, "regulation" varchar(300) NOT NULL, "variation_sought" text NOT NULL, "case" text NOT NULL, "advice" text NOT NULL, "state" varchar(20) NOT NULL, "submitted_on" date NULL, "decided_on" date NULL, "created_at" datetime NOT NULL, "history_id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "history_date" datetime NOT NULL, "history_change_reason" varchar(100) NULL, "history_type" varchar(1) NOT NULL, "created_by_id" bigint NULL, "field_trial_id" bigint NULL, "history_user_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL, "withdrawn_reason" text NOT NULL, "state_when_withdrawn" varchar(20) NOT NULL);
CREATE TABLE "fieldtrials_historicalrisk" ("id" bigint NOT NULL, "description" text NOT NULL, "likelihood" smallint unsigned NOT NULL CHECK ("likelihood" >= 0), "impact" smallint unsigned NOT NULL CHECK ("impact" >= 0), "owner" varchar(200) NOT NULL, "mitigation" text NOT NULL, "is_open" bool NOT NULL, "created_at" datetime NOT NULL, "history_id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "history_date" datetime NOT NULL, "history_change_reason" varchar(100) NULL, "history_type" varchar(1) NOT NULL, "created_by_id" bigint NULL, "field_trial_id" bigint NULL, "history_user_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL, "withdrawn_reason" text NOT NULL);
CREATE TABLE "fieldtrials_historicalsupportsession" ("id" bigint NOT NULL, "held_on" date NOT NULL, "kind" varchar(30) NOT NULL, "hours" decimal NOT NULL, "notes" text NOT NULL, "created_at" datetime NOT NULL, "history_id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "history_date" datetime NOT NULL, "history_change_reason" varchar(100) NULL, "history_type" varchar(1) NOT NULL, "field_trial_id" bigint NULL, "given_by_id" bigint NULL, "history_user_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL, "withdrawn_reason" text NOT NULL);
CREATE TABLE "fieldtrials_milestone" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(200) NOT NULL, "due_on" date NOT NULL, "completed_on" date NULL, "notes" text NOT NULL, "created_at" datetime NOT NULL, "created_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "field_trial_id" bigint NOT NULL REFERENCES "fieldtrials_fieldtrial" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL, "title_key" varchar(64) NOT NULL);
CREATE TABLE "fieldtrials_monthlyupdate" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "month" date NOT NULL, "rag" varchar(5) NOT NULL, "what_happened" text NOT NULL, "what_next" text NOT NULL, "in_the_way" text NOT NULL, "status" varchar(10) NOT NULL, "submitted_at" datetime NULL, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL, "author_id" bigint NOT NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "field_trial_id" bigint NOT NULL REFERENCES "fieldtrials_fieldtrial" ("id") DEFERRABLE INITIALLY DEFERRED, "read_at" datetime NULL, "read_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL, CONSTRAINT "submitted_update_has_rag" CHECK (("status" = 'draft' OR NOT ("rag" = ''))));
CREATE TABLE "fieldtrials_offeruse" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "element" varchar(30) NOT NULL, "asked_for" text NOT NULL, "given" text NOT NULL, "given_on" date NULL, "given_by" varchar(200) NOT NULL, "created_at" datetime NOT NULL, "created_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "field_trial_id" bigint NOT NULL REFERENCES "fieldtrials_fieldtrial" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL);
CREATE TABLE "fieldtrials_powertoinnovaterequest" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "regulation" varchar(300) NOT NULL, "variation_sought" text NOT NULL, "case" text NOT NULL, "advice" text NOT NULL, "state" varchar(20) NOT NULL, "submitted_on" date NULL, "decided_on" date NULL, "created_at" datetime NOT NULL, "created_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "field_trial_id" bigint NOT NULL REFERENCES "fieldtrials_fieldtrial" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL, "state_when_withdrawn" varchar(20) NOT NULL);
CREATE TABLE "fieldtrials_resourcedomain" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "code" varchar(50) NOT NULL UNIQUE, "name" varchar(100) NOT NULL UNIQUE);
INSERT INTO "fieldtrials_resourcedomain" VALUES(1,'time','The use of time');
INSERT INTO "fieldtrials_resourcedomain" VALUES(2,'technology','Harnessing technology for learning');
INSERT INTO "fieldtrials_resourcedomain" VALUES(3,'co_construction','Co-constructing learning with students');
INSERT INTO "fieldtrials_resourcedomain" VALUES(4,'environment','The learning environment');
CREATE TABLE "fieldtrials_risk" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "description" text NOT NULL, "likelihood" smallint unsigned NOT NULL CHECK ("likelihood" >= 0), "impact" smallint unsigned NOT NULL CHECK ("impact" >= 0), "owner" varchar(200) NOT NULL, "mitigation" text NOT NULL, "is_open" bool NOT NULL, "created_at" datetime NOT NULL, "created_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "field_trial_id" bigint NOT NULL REFERENCES "fieldtrials_fieldtrial" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL, "description_key" varchar(64) NOT NULL);
CREATE TABLE "fieldtrials_supportsession" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "held_on" date NOT NULL, "kind" varchar(30) NOT NULL, "hours" decimal NOT NULL, "notes" text NOT NULL, "created_at" datetime NOT NULL, "field_trial_id" bigint NOT NULL REFERENCES "fieldtrials_fieldtrial" ("id") DEFERRABLE INITIALLY DEFERRED, "given_by_id" bigint NOT NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL, CONSTRAINT "support_hours_in_a_day" CHECK (("hours" > '0' AND "hours" <= '24')));
CREATE TABLE "fieldtrials_trialstatuschange" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "from_status" varchar(20) NOT NULL, "to_status" varchar(20) NOT NULL, "reason" text NOT NULL, "created_at" datetime NOT NULL, "actor_id" bigint NOT NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "field_trial_id" bigint NOT NULL REFERENCES "fieldtrials_fieldtrial" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "following_digest" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "claimed_at" datetime NOT NULL, "sent_at" datetime NULL, "user_id" bigint NOT NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "following_digestchoice" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "frequency" varchar(10) NOT NULL, "chosen_at" datetime NOT NULL, "user_id" bigint NOT NULL UNIQUE REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "following_digestitem" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "digest_id" bigint NOT NULL REFERENCES "following_digest" ("id") DEFERRABLE INITIALLY DEFERRED, "event_id" bigint NOT NULL REFERENCES "accounts_event" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" bigint NOT NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "digest_item_once_per_event" UNIQUE ("user_id", "event_id"));
CREATE TABLE "following_follow" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" datetime NOT NULL, "community_id" bigint NULL REFERENCES "fieldtrials_communityofpractice" ("id") DEFERRABLE INITIALLY DEFERRED, "field_trial_id" bigint NULL REFERENCES "fieldtrials_fieldtrial" ("id") DEFERRABLE INITIALLY DEFERRED, "project_id" bigint NULL REFERENCES "programmes_project" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" bigint NOT NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "follow_exactly_one_subject" CHECK ((("community_id" IS NULL AND "field_trial_id" IS NULL AND "project_id" IS NOT NULL) OR ("community_id" IS NULL AND "field_trial_id" IS NOT NULL AND "project_id" IS NULL) OR ("community_id" IS NOT NULL AND "field_trial_id" IS NULL AND "project_id" IS NULL))));
CREATE TABLE "programmes_assessment" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "in_advance_of_evidence" smallint unsigned NOT NULL CHECK ("in_advance_of_evidence" >= 0), "in_advance_of_evidence_note" text NOT NULL, "not_yet_sanctioned" smallint unsigned NOT NULL CHECK ("not_yet_sanctioned" >= 0), "not_yet_sanctioned_note" text NOT NULL, "aware_of_best_practice" smallint unsigned NOT NULL CHECK ("aware_of_best_practice" >= 0), "aware_of_best_practice_note" text NOT NULL, "able_practitioners" smallint unsigned NOT NULL CHECK ("able_practitioners" >= 0), "able_practitioners_note" text NOT NULL, "scanning_informed" smallint unsigned NOT NULL CHECK ("scanning_informed" >= 0), "scanning_informed_note" text NOT NULL, "serious_problems" smallint unsigned NOT NULL CHECK ("serious_problems" >= 0), "serious_problems_note" text NOT NULL, "user_focused" smallint unsigned NOT NULL CHECK ("user_focused" >= 0), "user_focused_note" text NOT NULL, "promise_outcomes" smallint unsigned NOT NULL CHECK ("promise_outcomes" >= 0), "promise_outcomes_note" text NOT NULL, "promise_responsiveness" smallint unsigned NOT NULL CHECK ("promise_responsiveness" >= 0), "promise_responsiveness_note" text NOT NULL, "promise_value" smallint unsigned NOT NULL CHECK ("promise_value" >= 0), "promise_value_note" text NOT NULL, "change" smallint unsigned NOT NULL CHECK ("change" >= 0), "distance" smallint unsigned NOT NULL CHECK ("distance" >= 0), "horizon" varchar(2) NOT NULL, "re_different" bool NULL, "re_lower_cost" bool NULL, "re_better" bool NULL, "comment" text NOT NULL, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL, "reviewer_id" bigint NOT NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "option_id" bigint NOT NULL REFERENCES "programmes_creativeoption" ("id") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "one_assessment_each" UNIQUE ("option_id", "reviewer_id"));
CREATE TABLE "programmes_creativeoption" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(200) NOT NULL, "description" text NOT NULL, "proposed_by" varchar(200) NOT NULL, "burning_platform" varchar(300) NOT NULL, "status" varchar(20) NOT NULL, "decision_reason" text NOT NULL, "decided_at" datetime NULL, "created_at" datetime NOT NULL, "created_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "decided_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "project_id" bigint NOT NULL REFERENCES "programmes_project" ("id") DEFERRABLE INITIALLY DEFERRED, "workshop_id" bigint NULL REFERENCES "programmes_workshop" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL);
CREATE TABLE "programmes_creativeoption_stimuli" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "creativeoption_id" bigint NOT NULL REFERENCES "programmes_creativeoption" ("id") DEFERRABLE INITIALLY DEFERRED, "stimulus_id" bigint NOT NULL REFERENCES "programmes_stimulus" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "programmes_datasource" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(200) NOT NULL, "url" varchar(500) NOT NULL, "file" varchar(300) NOT NULL, "file_type" varchar(100) NOT NULL, "what_it_shows" text NOT NULL, "created_at" datetime NOT NULL, "created_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "project_id" bigint NOT NULL REFERENCES "programmes_project" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL, "original_name" varchar(255) NOT NULL);
CREATE TABLE "programmes_keptstimulus" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "why" text NOT NULL, "kept_at" datetime NOT NULL, "kept_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "project_id" bigint NOT NULL REFERENCES "programmes_project" ("id") DEFERRABLE INITIALLY DEFERRED, "stimulus_id" bigint NOT NULL REFERENCES "programmes_stimulus" ("id") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "stimulus_kept_once" UNIQUE ("project_id", "stimulus_id"));
CREATE TABLE "programmes_objective" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "text" text NOT NULL, "status" varchar(10) NOT NULL, "created_at" datetime NOT NULL, "created_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "project_id" bigint NOT NULL REFERENCES "programmes_project" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL);
CREATE TABLE "programmes_potentialinnovator" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "person_name" varchar(200) NOT NULL, "why" text NOT NULL, "created_at" datetime NOT NULL, "created_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "organisation_id" bigint NULL REFERENCES "accounts_organisation" ("id") DEFERRABLE INITIALLY DEFERRED, "project_id" bigint NOT NULL REFERENCES "programmes_project" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL, CONSTRAINT "innovator_person_or_organisation" CHECK ((NOT ("person_name" = '') OR "organisation_id" IS NOT NULL)));
CREATE TABLE "programmes_problemstatement" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "kind" varchar(20) NOT NULL, "text" text NOT NULL, "created_at" datetime NOT NULL, "created_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "project_id" bigint NOT NULL REFERENCES "programmes_project" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL);
CREATE TABLE "programmes_programme" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(200) NOT NULL UNIQUE, "kind" varchar(20) NOT NULL, "summary" text NOT NULL, "start_date" date NOT NULL, "end_date" date NULL, "created_at" datetime NOT NULL, "lead_organisation_id" bigint NOT NULL REFERENCES "accounts_organisation" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0));
CREATE TABLE "programmes_programmemembership" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "role" varchar(20) NOT NULL, "programme_id" bigint NOT NULL REFERENCES "programmes_programme" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" bigint NOT NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "programme_member_once" UNIQUE ("programme_id", "user_id"));
CREATE TABLE "programmes_project" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(200) NOT NULL, "policy_area" varchar(200) NOT NULL, "start_date" date NOT NULL, "planned_duration_months" smallint unsigned NOT NULL CHECK ("planned_duration_months" >= 0), "stage" varchar(30) NOT NULL, "created_at" datetime NOT NULL, "lead_officer_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "partner_agency_id" bigint NULL REFERENCES "accounts_organisation" ("id") DEFERRABLE INITIALLY DEFERRED, "programme_id" bigint NOT NULL REFERENCES "programmes_programme" ("id") DEFERRABLE INITIALLY DEFERRED, "narrative" text NOT NULL, "narrative_updated_at" datetime NULL, "narrative_updated_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "narrative_version" integer unsigned NOT NULL CHECK ("narrative_version" >= 0), "stage_entered_at" datetime NOT NULL, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "closed_note" text NOT NULL, "closed_on" date NULL, "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL);
CREATE TABLE "programmes_projectmembership" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "role" varchar(20) NOT NULL, "project_id" bigint NOT NULL REFERENCES "programmes_project" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" bigint NOT NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "project_member_once" UNIQUE ("project_id", "user_id"));
CREATE TABLE "programmes_stagemove" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "from_stage" varchar(30) NOT NULL, "to_stage" varchar(30) NOT NULL, "reason" text NOT NULL, "overridden" bool NOT NULL, "unmet" text NOT NULL CHECK ((JSON_VALID("unmet") OR "unmet" IS NULL)), "created_at" datetime NOT NULL, "actor_id" bigint NOT NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "project_id" bigint NOT NULL REFERENCES "programmes_project" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "programmes_stimulus" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(200) NOT NULL UNIQUE, "sector" varchar(30) NOT NULL, "sector_other" varchar(100) NOT NULL, "country" varchar(100) NOT NULL, "summary" text NOT NULL, "source_url" varchar(500) NOT NULL, "provocation" text NOT NULL, "contacts" text NOT NULL, "created_at" datetime NOT NULL, "created_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "programmes_stimulus_tags" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "stimulus_id" bigint NOT NULL REFERENCES "programmes_stimulus" ("id") DEFERRABLE INITIALLY DEFERRED, "stimulustag_id" bigint NOT NULL REFERENCES "programmes_stimulustag" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "programmes_stimulustag" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(60) NOT NULL UNIQUE);
CREATE TABLE "programmes_workshop" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(200) NOT NULL, "kind" varchar(20) NOT NULL, "held_on" date NOT NULL, "notes" text NOT NULL, "created_at" datetime NOT NULL, "created_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "project_id" bigint NOT NULL REFERENCES "programmes_project" ("id") DEFERRABLE INITIALLY DEFERRED, "changed_at" datetime NULL, "changed_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "version" integer unsigned NOT NULL CHECK ("version" >= 0), "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL);
CREATE TABLE "programmes_workshopparticipant" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(200) NOT NULL, "kind" varchar(20) NOT NULL, "affiliation" varchar(200) NOT NULL, "workshop_id" bigint NOT NULL REFERENCES "programmes_workshop" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "reports_monthlyreportoptout" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" datetime NOT NULL, "person_id" bigint NOT NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "project_id" bigint NOT NULL REFERENCES "programmes_project" ("id") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "one_monthly_report_opt_out_per_person" UNIQUE ("project_id", "person_id"));
CREATE TABLE "reports_report" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "kind" varchar(20) NOT NULL, "period" date NULL, "requested_at" datetime NOT NULL, "state" varchar(20) NOT NULL, "failure_message" varchar(500) NOT NULL, "file" varchar(300) NOT NULL, "finished_at" datetime NULL, "pages" integer unsigned NULL CHECK ("pages" >= 0), "size" integer unsigned NULL CHECK ("size" >= 0), "field_trial_id" bigint NULL REFERENCES "fieldtrials_fieldtrial" ("id") DEFERRABLE INITIALLY DEFERRED, "programme_id" bigint NULL REFERENCES "programmes_programme" ("id") DEFERRABLE INITIALLY DEFERRED, "project_id" bigint NULL REFERENCES "programmes_project" ("id") DEFERRABLE INITIALLY DEFERRED, "requested_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "started_at" datetime NULL, "covers_from" date NULL, "covers_to" date NULL, "page" varchar(300) NOT NULL, "withdrawn_at" datetime NULL, "withdrawn_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "withdrawn_reason" text NOT NULL, "names_erased_at" datetime NULL, CONSTRAINT "report_has_one_subject" CHECK ((("field_trial_id" IS NULL AND "programme_id" IS NOT NULL AND "project_id" IS NULL) OR ("field_trial_id" IS NULL AND "programme_id" IS NULL AND "project_id" IS NOT NULL) OR ("field_trial_id" IS NOT NULL AND "programme_id" IS NULL AND "project_id" IS NULL))), CONSTRAINT "monthly_report_has_period" CHECK (("kind" = 'on_request' OR "period" IS NOT NULL)), CONSTRAINT "report_covers_from_before_to" CHECK (("covers_from" IS NULL OR "covers_to" IS NULL OR "covers_from" < ("covers_to"))));
CREATE TABLE "search_searchdocument" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "kind" varchar(30) NOT NULL, "object_id" bigint NOT NULL, "programme_id" bigint NULL, "project_id" bigint NULL, "trial_id" bigint NULL, "parent_id" bigint NULL, "title" varchar(300) NOT NULL, "body" text NOT NULL, "url" varchar(300) NOT NULL, "date" datetime NOT NULL, "policy_area" varchar(200) NOT NULL, "theme_ids" varchar(500) NOT NULL, "vector" tsvector NULL, "access" text NOT NULL CHECK ((JSON_VALID("access") OR "access" IS NULL)), CONSTRAINT "search_one_document" UNIQUE ("kind", "object_id"));
CREATE TABLE "toolkit_answer" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "question" varchar(100) NOT NULL, "value" text NOT NULL CHECK ((JSON_VALID("value") OR "value" IS NULL)), "updated_at" datetime NOT NULL, "participation_id" bigint NOT NULL REFERENCES "toolkit_participation" ("id") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "answer_once" UNIQUE ("participation_id", "question"));
CREATE TABLE "toolkit_exercise" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(200) NOT NULL, "closes_at" datetime NULL, "created_at" datetime NOT NULL, "facilitator_id" bigint NOT NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "field_trial_id" bigint NULL REFERENCES "fieldtrials_fieldtrial" ("id") DEFERRABLE INITIALLY DEFERRED, "tool_id" bigint NOT NULL REFERENCES "toolkit_tool" ("id") DEFERRABLE INITIALLY DEFERRED, "closed_at" datetime NULL, "concluded_at" datetime NULL, "concluded_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "conclusion" text NOT NULL, "results_shared" bool NOT NULL, "workshop_id" bigint NULL REFERENCES "programmes_workshop" ("id") DEFERRABLE INITIALLY DEFERRED, "tool_version_id" bigint NOT NULL REFERENCES "toolkit_toolversion" ("id") DEFERRABLE INITIALLY DEFERRED, "local_authority_id" bigint NULL REFERENCES "accounts_organisation" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "toolkit_participation" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "invited_at" datetime NOT NULL, "submitted_at" datetime NULL, "exercise_id" bigint NOT NULL REFERENCES "toolkit_exercise" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" bigint NOT NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "position" varchar(100) NOT NULL, "invitation_emailed_at" datetime NULL, CONSTRAINT "participation_once" UNIQUE ("exercise_id", "user_id"));
CREATE TABLE "toolkit_tool" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "slug" varchar(50) NOT NULL UNIQUE, "title" varchar(200) NOT NULL, "subtitle" varchar(200) NOT NULL, "purpose" text NOT NULL, "status" varchar(20) NOT NULL, "audience" text NOT NULL, "latest_id" bigint NULL REFERENCES "toolkit_toolversion" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "toolkit_toolversion" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "number" integer unsigned NOT NULL CHECK ("number" >= 0), "definition" text NOT NULL CHECK ((JSON_VALID("definition") OR "definition" IS NULL)), "checksum" varchar(64) NOT NULL, "source" varchar(200) NOT NULL, "created_at" datetime NOT NULL, "created_by_id" bigint NULL REFERENCES "accounts_user" ("id") DEFERRABLE INITIALLY DEFERRED, "tool_id" bigint NOT NULL REFERENCES "toolkit_tool" ("id") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "toolversion_number_once" UNIQUE ("tool_id", "number"));
CREATE UNIQUE INDEX "django_content_type_app_label_model_76bd3d3b_uniq" ON "django_content_type" ("app_label", "model");
CREATE UNIQUE INDEX "auth_group_permissions_group_id_permission_id_0cd325b0_uniq" ON "auth_group_permissions" ("group_id", "permission_id");
CREATE INDEX "auth_group_permissions_group_id_b120cbf9" ON "auth_group_permissions" ("group_id");
CREATE INDEX "auth_group_permissions_permission_id_84c5c92e" ON "auth_group_permissions" ("permission_id");
CREATE UNIQUE INDEX "auth_permission_content_type_id_codename_01ab375a_uniq" ON "auth_permission" ("content_type_id", "codename");
CREATE INDEX "auth_permission_content_type_id_2f476e4b" ON "auth_permission" ("content_type_id");
CREATE INDEX "search_kind_date" ON "search_searchdocument" ("kind", "date" DESC);
CREATE UNIQUE INDEX "accounts_user_groups_user_id_group_id_59c0b32f_uniq" ON "accounts_user_groups" ("user_id", "group_id");
CREATE INDEX "accounts_user_groups_user_id_52b62117" ON "accounts_user_groups" ("user_id");
CREATE INDEX "accounts_user_groups_group_id_bd11a704" ON "accounts_user_groups" ("group_id");
CREATE UNIQUE INDEX "accounts_user_user_permissions_user_id_permission_id_2ab516c2_uniq" ON "accounts_user_user_permissions" ("user_id", "permission_id");
CREATE INDEX "accounts_user_user_permissions_user_id_e4f0a161" ON "accounts_user_user_permissions" ("user_id");
CREATE INDEX "accounts_user_user_permissions_permission_id_113bb443" ON "accounts_user_user_permissions" ("permission_id");
CREATE INDEX "accounts_organisation_local_authority_id_1fc34b0b" ON "accounts_organisation" ("local_authority_id");
CREATE UNIQUE INDEX "organisation_unique_urn" ON "accounts_organisation" ("urn") WHERE NOT ("urn" = '');
CREATE INDEX "programmes_programmemembership_programme_id_f4a12d0b" ON "programmes_programmemembership" ("programme_id");
CREATE INDEX "programmes_programmemembership_user_id_0a4f7045" ON "programmes_programmemembership" ("user_id");
CREATE INDEX "programmes_projectmembership_project_id_5535d9c0" ON "programmes_projectmembership" ("project_id");
CREATE INDEX "programmes_projectmembership_user_id_6fb95e03" ON "programmes_projectmembership" ("user_id");
CREATE INDEX "programmes_stimulus_created_by_id_f7d32763" ON "programmes_stimulus" ("created_by_id");
CREATE UNIQUE INDEX "programmes_stimulus_tags_stimulus_id_stimulustag_id_696004b2_uniq" ON "programmes_stimulus_tags" ("stimulus_id", "stimulustag_id");
CREATE INDEX "programmes_stimulus_tags_stimulus_id_475c6439" ON "programmes_stimulus_tags" ("stimulus_id");
CREATE INDEX "programmes_stimulus_tags_stimulustag_id_7b21235c" ON "programmes_stimulus_tags" ("stimulustag_id");
CREATE UNIQUE INDEX "programmes_creativeoption_stimuli_creativeoption_id_stimulus_id_170a50f5_uniq" ON "programmes_creativeoption_stimuli" ("creativeoption_id", "stimulus_id");
CREATE INDEX "programmes_creativeoption_stimuli_creativeoption_id_e545d00f" ON "programmes_creativeoption_stimuli" ("creativeoption_id");
CREATE INDEX "programmes_creativeoption_stimuli_stimulus_id_8150dd71" ON "programmes_creativeoption_stimuli" ("stimulus_id");
CREATE INDEX "programmes_workshopparticipant_workshop_id_dcd0b913" ON "programmes_workshopparticipant" ("workshop_id");
CREATE INDEX "programmes_assessment_reviewer_id_4b4ec038" ON "programmes_assessment" ("reviewer_id");
CREATE INDEX "programmes_assessment_option_id_eb18e7dc" ON "programmes_assessment" ("option_id");
CREATE INDEX "programmes_stagemove_actor_id_97045b2e" ON "programmes_stagemove" ("actor_id");
CREATE INDEX "programmes_stagemove_project_id_53f5598d" ON "programmes_stagemove" ("project_id");
CREATE INDEX "programmes__project_0f2431_idx" ON "programmes_stagemove" ("project_id", "created_at");
CREATE INDEX "programmes_keptstimulus_kept_by_id_87c56c87" ON "programmes_keptstimulus" ("kept_by_id");
CREATE INDEX "programmes_keptstimulus_project_id_4f7fb8fe" ON "programmes_keptstimulus" ("project_id");
CREATE INDEX "programmes_keptstimulus_stimulus_id_9c6a247f" ON "programmes_keptstimulus" ("stimulus_id");
CREATE UNIQUE INDEX "fieldtrials_fieldtrial_participating_organisations_fieldtrial_id_organisation_id_6c8e5093_uniq" ON "fieldtrials_fieldtrial_participating_organisations" ("fieldtrial_id", "organisation_id");
CREATE INDEX "fieldtrials_fieldtrial_participating_organisations_fieldtrial_id_5a7e1fe8" ON "fieldtrials_fieldtrial_participating_organisations" ("fieldtrial_id");
CREATE INDEX "fieldtrials_fieldtrial_participating_organisations_organisation_id_dd5ebee8" ON "fieldtrials_fieldtrial_participating_organisations" ("organisation_id");
CREATE INDEX "fieldtrials_fieldtrialmembership_field_trial_id_f03a0664" ON "fieldtrials_fieldtrialmembership" ("field_trial_id");
CREATE INDEX "fieldtrials_fieldtrialmembership_user_id_26537990" ON "fieldtrials_fieldtrialmembership" ("user_id");
CREATE INDEX "fieldtrials_fieldtrial_lead_organisation_id_e5c6ec3c" ON "fieldtrials_fieldtrial" ("lead_organisation_id");
CREATE INDEX "fieldtrials_fieldtrial_local_authority_id_91f7b075" ON "fieldtrials_fieldtrial" ("local_authority_id");
CREATE INDEX "fieldtrials_fieldtrial_project_id_f0706d1e" ON "fieldtrials_fieldtrial" ("project_id");
CREATE INDEX "fieldtrials_fieldtrial_consultant_id_5dbca740" ON "fieldtrials_fieldtrial" ("consultant_id");
CREATE INDEX "fieldtrials_status_2945ee_idx" ON "fieldtrials_fieldtrial" ("status", "title");
CREATE INDEX "fieldtrials_latest__3d7d42_idx" ON "fieldtrials_fieldtrial" ("latest_rag");
CREATE INDEX "fieldtrials_communityofpractice_convenor_id_c9a74169" ON "fieldtrials_communityofpractice" ("convenor_id");
CREATE UNIQUE INDEX "fieldtrials_communityofpractice_field_trials_communityofpractice_id_fieldtrial_id_4344c2b1_uniq" ON "fieldtrials_communityofpractice_field_trials" ("communityofpractice_id", "fieldtrial_id");
CREATE INDEX "fieldtrials_communityofpractice_field_trials_communityofpractice_id_38fb3685" ON "fieldtrials_communityofpractice_field_trials" ("communityofpractice_id");
CREATE INDEX "fieldtrials_communityofpractice_field_trials_fieldtrial_id_315e3543" ON "fieldtrials_communityofpractice_field_trials" ("fieldtrial_id");
CREATE UNIQUE INDEX "fieldtrials_communitymeeting_attended_by_communitymeeting_id_fieldtrial_id_1ed35c54_uniq" ON "fieldtrials_communitymeeting_attended_by" ("communitymeeting_id", "fieldtrial_id");
CREATE INDEX "fieldtrials_communitymeeting_attended_by_communitymeeting_id_28b81cac" ON "fieldtrials_communitymeeting_attended_by" ("communitymeeting_id");
CREATE INDEX "fieldtrials_communitymeeting_attended_by_fieldtrial_id_f9458d3f" ON "fieldtrials_communitymeeting_attended_by" ("fieldtrial_id");
CREATE INDEX "fieldtrials_historicalfieldtrial_id_f976e27c" ON "fieldtrials_historicalfieldtrial" ("id");
CREATE INDEX "fieldtrials_historicalfieldtrial_history_date_d130ed52" ON "fieldtrials_historicalfieldtrial" ("history_date");
CREATE INDEX "fieldtrials_historicalfieldtrial_consultant_id_45cc712c" ON "fieldtrials_historicalfieldtrial" ("consultant_id");
CREATE INDEX "fieldtrials_historicalfieldtrial_history_user_id_e24b54a8" ON "fieldtrials_historicalfieldtrial" ("history_user_id");
CREATE INDEX "fieldtrials_historicalfieldtrial_lead_organisation_id_fd2781be" ON "fieldtrials_historicalfieldtrial" ("lead_organisation_id");
CREATE INDEX "fieldtrials_historicalfieldtrial_local_authority_id_207da53e" ON "fieldtrials_historicalfieldtrial" ("local_authority_id");
CREATE INDEX "fieldtrials_historicalfieldtrial_option_id_67369191" ON "fieldtrials_historicalfieldtrial" ("option_id");
CREATE INDEX "fieldtrials_historicalfieldtrial_project_id_23081147" ON "fieldtrials_historicalfieldtrial" ("project_id");
CREATE UNIQUE INDEX "fieldtrials_fieldtrial_resource_domains_fieldtrial_id_resourcedomain_id_d19a2035_uniq" ON "fieldtrials_fieldtrial_resource_domains" ("fieldtrial_id", "resourcedomain_id");
CREATE INDEX "fieldtrials_fieldtrial_resource_domains_fieldtrial_id_cfabf6f0" ON "fieldtrials_fieldtrial_resource_domains" ("fieldtrial_id");
CREATE INDEX "fieldtrials_fieldtrial_resource_domains_resourcedomain_id_e2fe4369" ON "fieldtrials_fieldtrial_resource_domains" ("resourcedomain_id");
CREATE INDEX "fieldtrials_trialstatuschange_actor_id_5919d5d2" ON "fieldtrials_trialstatuschange" ("actor_id");
CREATE INDEX "fieldtrials_trialstatuschange_field_trial_id_a5b52f03" ON "fieldtrials_trialstatuschange" ("field_trial_id");
CREATE UNIQUE INDEX "django_celery_beat_solarschedule_event_latitude_longitude_ba64999a_uniq" ON "django_celery_beat_solarschedule" ("event", "latitude", "longitude");
CREATE INDEX "django_celery_beat_periodictask_crontab_id_d3cba168" ON "django_celery_beat_periodictask" ("crontab_id");
CREATE INDEX "django_celery_beat_periodictask_interval_id_a8ca27da" ON "django_celery_beat_periodictask" ("interval_id");
CREATE INDEX "django_celery_beat_periodictask_solar_id_a87ce72c" ON "django_celery_beat_periodictask" ("solar_id");
CREATE INDEX "django_celery_beat_periodictask_clocked_id_47a69f82" ON "django_celery_beat_periodictask" ("clocked_id");
CREATE INDEX "accounts_notification_recipient_id_cb6b57f5" ON "accounts_notification" ("recipient_id");
CREATE INDEX "accounts_no_recipie_a8acfa_idx" ON "accounts_notification" ("recipient_id", "read_at", "created_at" DESC);
CREATE UNIQUE INDEX "notification_once_per_key" ON "accounts_notification" ("recipient_id", "kind", "key") WHERE NOT ("key" = '');
CREATE INDEX "accounts_th_scope_3f6997_idx" ON "accounts_throttlebucket" ("scope", "expires_at");
CREATE INDEX "accounts_formsubmission_created_at_e0bdbe8c" ON "accounts_formsubmission" ("created_at");
CREATE INDEX "accounts_formsubmission_user_id_3828c64c" ON "accounts_formsubmission" ("user_id");
CREATE INDEX "accounts_event_created_at_f382f8f4" ON "accounts_event" ("created_at");
CREATE INDEX "accounts_event_actor_id_6f8254f4" ON "accounts_event" ("actor_id");
CREATE INDEX "accounts_event_target_type_id_a63b56fb" ON "accounts_event" ("target_type_id");
CREATE INDEX "accounts_event_field_trial_id_5ecb9d39" ON "accounts_event" ("field_trial_id");
CREATE INDEX "accounts_event_programme_id_dd8e5abb" ON "accounts_event" ("programme_id");
CREATE INDEX "accounts_event_project_id_27103a3d" ON "accounts_event" ("project_id");
CREATE INDEX "accounts_ev_target__63997d_idx" ON "accounts_event" ("target_type_id", "target_id", "created_at" DESC);
CREATE INDEX "event_programme_recent" ON "accounts_event" ("programme_id", "created_at" DESC);
CREATE INDEX "event_project_recent" ON "accounts_event" ("project_id", "created_at" DESC);
CREATE INDEX "event_trial_recent" ON "accounts_event" ("field_trial_id", "created_at" DESC);
CREATE INDEX "accounts_replacedinvitationlink_invitation_id_146cbf70" ON "accounts_replacedinvitationlink" ("invitation_id");
CREATE UNIQUE INDEX "invitation_pending_once_programme" ON "accounts_invitation" ("email", "programme_id") WHERE "state" = 'pending';
CREATE UNIQUE INDEX "invitation_pending_once_project" ON "accounts_invitation" ("email", "project_id") WHERE "state" = 'pending';
CREATE UNIQUE INDEX "invitation_pending_once_field_trial" ON "accounts_invitation" ("email", "field_trial_id") WHERE "state" = 'pending';
CREATE INDEX "accounts_invitation_accepted_by_id_ba632539" ON "accounts_invitation" ("accepted_by_id");
CREATE INDEX "accounts_invitation_field_trial_id_1b81cb50" ON "accounts_invitation" ("field_trial_id");
CREATE INDEX "accounts_invitation_invited_by_id_94a21efc" ON "accounts_invitation" ("invited_by_id");
CREATE INDEX "accounts_invitation_organisation_id_b7f9480b" ON "accounts_invitation" ("organisation_id");
CREATE INDEX "accounts_invitation_programme_id_fce5f69a" ON "accounts_invitation" ("programme_id");
CREATE INDEX "accounts_invitation_project_id_55ac263e" ON "accounts_invitation" ("project_id");
CREATE UNIQUE INDEX "accounts_user_email_unique_ignoring_case" ON "accounts_user" ((LOWER("email")));
CREATE INDEX "accounts_user_organisation_id_492f00a6" ON "accounts_user" ("organisation_id");
CREATE INDEX "django_admin_log_content_type_id_c4bce8eb" ON "django_admin_log" ("content_type_id");
CREATE INDEX "django_admin_log_user_id_c564eba6" ON "django_admin_log" ("user_id");
CREATE INDEX "axes_accessattempt_user_agent_ad89678b" ON "axes_accessattempt" ("user_agent");
CREATE INDEX "axes_accessattempt_ip_address_10922d9c" ON "axes_accessattempt" ("ip_address");
CREATE INDEX "axes_accessattempt_username_3f2d4ca0" ON "axes_accessattempt" ("username");
CREATE UNIQUE INDEX "axes_accessattempt_username_ip_address_user_agent_8ea22282_uniq" ON "axes_accessattempt" ("username", "ip_address", "user_agent");
CREATE INDEX "axes_accessfailurelog_user_agent_ea145dda" ON "axes_accessfailurelog" ("user_agent");
CREATE INDEX "axes_accessfailurelog_ip_address_2e9f5a7f" ON "axes_accessfailurelog" ("ip_address");
CREATE INDEX "axes_accessfailurelog_username_a8b7e8a4" ON "axes_accessfailurelog" ("username");
CREATE INDEX "axes_accesslog_user_agent_0e659004" ON "axes_accesslog" ("user_agent");
CREATE INDEX "axes_accesslog_ip_address_86b417e5" ON "axes_accesslog" ("ip_address");
CREATE INDEX "axes_accesslog_username_df93064b" ON "axes_accesslog" ("username");
CREATE INDEX "fieldtrials_historicalsupportsession_id_a67cbca2" ON "fieldtrials_historicalsupportsession" ("id");
CREATE INDEX "fieldtrials_historicalsupportsession_history_date_e541bd1d" ON "fieldtrials_historicalsupportsession" ("history_date");
CREATE INDEX "fieldtrials_historicalsupportsession_field_trial_id_5d6f1584" ON "fieldtrials_historicalsupportsession" ("field_trial_id");
CREATE INDEX "fieldtrials_historicalsupportsession_given_by_id_c35379ee" ON "fieldtrials_historicalsupportsession" ("given_by_id");
CREATE INDEX "fieldtrials_historicalsupportsession_history_user_id_60c8ea58" ON "fieldtrials_historicalsupportsession" ("history_user_id");
CREATE INDEX "fieldtrials_historicalsupportsession_changed_by_id_c0eee88f" ON "fieldtrials_historicalsupportsession" ("changed_by_id");
CREATE INDEX "fieldtrials_historicalsupportsession_withdrawn_by_id_e2fae71f" ON "fieldtrials_historicalsupportsession" ("withdrawn_by_id");
CREATE INDEX "fieldtrials_supportsession_field_trial_id_340044d6" ON "fieldtrials_supportsession" ("field_trial_id");
CREATE INDEX "fieldtrials_supportsession_given_by_id_f083bb6c" ON "fieldtrials_supportsession" ("given_by_id");
CREATE INDEX "fieldtrials_supportsession_changed_by_id_e80ffd36" ON "fieldtrials_supportsession" ("changed_by_id");
CREATE INDEX "fieldtrials_supportsession_withdrawn_by_id_99cf94d7" ON "fieldtrials_supportsession" ("withdrawn_by_id");
CREATE INDEX "fieldtrials_field_t_6de34e_idx" ON "fieldtrials_supportsession" ("field_trial_id", "held_on");
CREATE INDEX "fieldtrials_brokeredrelationship_created_by_id_7bb964c5" ON "fieldtrials_brokeredrelationship" ("created_by_id");
CREATE INDEX "fieldtrials_brokeredrelationship_field_trial_id_d3a85a38" ON "fieldtrials_brokeredrelationship" ("field_trial_id");
CREATE INDEX "fieldtrials_brokeredrelationship_changed_by_id_9ae7f98f" ON "fieldtrials_brokeredrelationship" ("changed_by_id");
CREATE INDEX "fieldtrials_brokeredrelationship_withdrawn_by_id_d2b6684a" ON "fieldtrials_brokeredrelationship" ("withdrawn_by_id");
CREATE INDEX "fieldtrials_historicalbrokeredrelationship_id_61cdc868" ON "fieldtrials_historicalbrokeredrelationship" ("id");
CREATE INDEX "fieldtrials_historicalbrokeredrelationship_history_date_3a3d0b56" ON "fieldtrials_historicalbrokeredrelationship" ("history_date");
CREATE INDEX "fieldtrials_historicalbrokeredrelationship_created_by_id_cd6f58ed" ON "fieldtrials_historicalbrokeredrelationship" ("created_by_id");
CREATE INDEX "fieldtrials_historicalbrokeredrelationship_field_trial_id_e646fc45" ON "fieldtrials_historicalbrokeredrelationship" ("field_trial_id");
CREATE INDEX "fieldtrials_historicalbrokeredrelationship_history_user_id_cb3668ae" ON "fieldtrials_historicalbrokeredrelationship" ("history_user_id");
CREATE INDEX "fieldtrials_historicalbrokeredrelationship_changed_by_id_168389c3" ON "fieldtrials_historicalbrokeredrelationship" ("changed_by_id");
CREATE INDEX "fieldtrials_historicalbrokeredrelationship_withdrawn_by_id_0699e68d" ON "fieldtrials_historicalbrokeredrelationship" ("withdrawn_by_id");
CREATE INDEX "fieldtrials_historicalmilestone_id_2742a0c3" ON "fieldtrials_historicalmilestone" ("id");
CREATE INDEX "fieldtrials_historicalmilestone_history_date_adcd5ad2" ON "fieldtrials_historicalmilestone" ("history_date");
CREATE INDEX "fieldtrials_historicalmilestone_created_by_id_b7db5ee2" ON "fieldtrials_historicalmilestone" ("created_by_id");
CREATE INDEX "fieldtrials_historicalmilestone_field_trial_id_48fe9767" ON "fieldtrials_historicalmilestone" ("field_trial_id");
CREATE INDEX "fieldtrials_historicalmilestone_history_user_id_9dea7516" ON "fieldtrials_historicalmilestone" ("history_user_id");
CREATE INDEX "fieldtrials_historicalmilestone_changed_by_id_3b89123e" ON "fieldtrials_historicalmilestone" ("changed_by_id");
CREATE INDEX "fieldtrials_historicalmilestone_withdrawn_by_id_dee403d1" ON "fieldtrials_historicalmilestone" ("withdrawn_by_id");
CREATE INDEX "fieldtrials_historicalofferuse_id_2a86dc36" ON "fieldtrials_historicalofferuse" ("id");
CREATE INDEX "fieldtrials_historicalofferuse_history_date_8a921726" ON "fieldtrials_historicalofferuse" ("history_date");
CREATE INDEX "fieldtrials_historicalofferuse_created_by_id_a50636c0" ON "fieldtrials_historicalofferuse" ("created_by_id");
CREATE INDEX "fieldtrials_historicalofferuse_field_trial_id_f1b72976" ON "fieldtrials_historicalofferuse" ("field_trial_id");
CREATE INDEX "fieldtrials_historicalofferuse_history_user_id_245e86a3" ON "fieldtrials_historicalofferuse" ("history_user_id");
CREATE INDEX "fieldtrials_historicalofferuse_changed_by_id_8c881f6f" ON "fieldtrials_historicalofferuse" ("changed_by_id");
CREATE INDEX "fieldtrials_historicalofferuse_withdrawn_by_id_44f9b719" ON "fieldtrials_historicalofferuse" ("withdrawn_by_id");
CREATE INDEX "fieldtrials_historicalrisk_id_bfd8fa0b" ON "fieldtrials_historicalrisk" ("id");
CREATE INDEX "fieldtrials_historicalrisk_history_date_e1b716a0" ON "fieldtrials_historicalrisk" ("history_date");
CREATE INDEX "fieldtrials_historicalrisk_created_by_id_4130ac3a" ON "fieldtrials_historicalrisk" ("created_by_id");
CREATE INDEX "fieldtrials_historicalrisk_field_trial_id_7e3e9633" ON "fieldtrials_historicalrisk" ("field_trial_id");
CREATE INDEX "fieldtrials_historicalrisk_history_user_id_3b791f73" ON "fieldtrials_historicalrisk" ("history_user_id");
CREATE INDEX "fieldtrials_historicalrisk_changed_by_id_b68fc80c" ON "fieldtrials_historicalrisk" ("changed_by_id");
CREATE INDEX "fieldtrials_historicalrisk_withdrawn_by_id_c22984b9" ON "fieldtrials_historicalrisk" ("withdrawn_by_id");
CREATE INDEX "fieldtrials_offeruse_created_by_id_bedbb6fe" ON "fieldtrials_offeruse" ("created_by_id");
CREATE INDEX "fieldtrials_offeruse_field_trial_id_9759dc0a" ON "fieldtrials_offeruse" ("field_trial_id");
CREATE INDEX "fieldtrials_offeruse_changed_by_id_ef627183" ON "fieldtrials_offeruse" ("changed_by_id");
CREATE INDEX "fieldtrials_offeruse_withdrawn_by_id_fc8df758" ON "fieldtrials_offeruse" ("withdrawn_by_id");
CREATE INDEX "fieldtrials_field_t_33f5ea_idx" ON "fieldtrials_offeruse" ("field_trial_id", "element");
CREATE UNIQUE INDEX "one_live_join_request" ON "communities_joinrequest" ("community_id", "user_id") WHERE "status" IN ('pending', 'approved');
CREATE INDEX "communities_joinrequest_community_id_53356008" ON "communities_joinrequest" ("community_id");
CREATE INDEX "communities_joinrequest_decided_by_id_22d6bcb5" ON "communities_joinrequest" ("decided_by_id");
CREATE INDEX "communities_joinrequest_user_id_544151b2" ON "communities_joinrequest" ("user_id");
CREATE INDEX "communities_user_id_91ca4e_idx" ON "communities_joinrequest" ("user_id", "status");
CREATE INDEX "communities_pagerevision_edited_by_id_185a3875" ON "communities_pagerevision" ("edited_by_id");
CREATE INDEX "communities_pagerevision_space_id_9d9f55d8" ON "communities_pagerevision" ("space_id");
CREATE INDEX "communities_communityspace_changed_by_id_f09eabc6" ON "communities_communityspace" ("changed_by_id");
CREATE UNIQUE INDEX "one_organisation_import_at_a_time" ON "directory_organisationimport" ("state") WHERE "state" = 'importing';
CREATE INDEX "directory_organisationimport_confirmed_by_id_9ca1b4ee" ON "directory_organisationimport" ("confirmed_by_id");
CREATE INDEX "directory_organisationimport_requested_by_id_bed6c9ea" ON "directory_organisationimport" ("requested_by_id");
CREATE INDEX "directory_peopleimport_confirmed_by_id_242bd34c" ON "directory_peopleimport" ("confirmed_by_id");
CREATE INDEX "directory_peopleimport_programme_id_0f53db60" ON "directory_peopleimport" ("programme_id");
CREATE INDEX "directory_peopleimport_requested_by_id_bcf35395" ON "directory_peopleimport" ("requested_by_id");
CREATE INDEX "fieldtrials_historicalmonthlyupdate_id_3fb3d1d4" ON "fieldtrials_historicalmonthlyupdate" ("id");
CREATE INDEX "fieldtrials_historicalmonthlyupdate_history_date_02e9ee8d" ON "fieldtrials_historicalmonthlyupdate" ("history_date");
CREATE INDEX "fieldtrials_historicalmonthlyupdate_author_id_bb8caec4" ON "fieldtrials_historicalmonthlyupdate" ("author_id");
CREATE INDEX "fieldtrials_historicalmonthlyupdate_field_trial_id_2db1db65" ON "fieldtrials_historicalmonthlyupdate" ("field_trial_id");
CREATE INDEX "fieldtrials_historicalmonthlyupdate_history_user_id_0e2e04e9" ON "fieldtrials_historicalmonthlyupdate" ("history_user_id");
CREATE INDEX "fieldtrials_historicalmonthlyupdate_read_by_id_db2d521b" ON "fieldtrials_historicalmonthlyupdate" ("read_by_id");
CREATE INDEX "fieldtrials_historicalmonthlyupdate_changed_by_id_b34c3030" ON "fieldtrials_historicalmonthlyupdate" ("changed_by_id");
CREATE INDEX "fieldtrials_historicalmonthlyupdate_withdrawn_by_id_0ca63ef1" ON "fieldtrials_historicalmonthlyupdate" ("withdrawn_by_id");
CREATE INDEX "fieldtrials_monthlyupdate_author_id_c286b472" ON "fieldtrials_monthlyupdate" ("author_id");
CREATE INDEX "fieldtrials_monthlyupdate_field_trial_id_cec77cf5" ON "fieldtrials_monthlyupdate" ("field_trial_id");
CREATE INDEX "fieldtrials_monthlyupdate_read_by_id_24d4bece" ON "fieldtrials_monthlyupdate" ("read_by_id");
CREATE INDEX "fieldtrials_monthlyupdate_changed_by_id_33a241c7" ON "fieldtrials_monthlyupdate" ("changed_by_id");
CREATE INDEX "fieldtrials_monthlyupdate_withdrawn_by_id_6ab9bb9e" ON "fieldtrials_monthlyupdate" ("withdrawn_by_id");
CREATE UNIQUE INDEX "one_update_a_month" ON "fieldtrials_monthlyupdate" ("field_trial_id", "month") WHERE "withdrawn_at" IS NULL;
CREATE INDEX "fieldtrials_communitymeeting_created_by_id_994175c3" ON "fieldtrials_communitymeeting" ("created_by_id");
CREATE INDEX "fieldtrials_communitymeeting_community_id_3d986ee9" ON "fieldtrials_communitymeeting" ("community_id");
CREATE INDEX "fieldtrials_communitymeeting_changed_by_id_6199970d" ON "fieldtrials_communitymeeting" ("changed_by_id");
CREATE INDEX "fieldtrials_communitymeeting_withdrawn_by_id_1d3abcd7" ON "fieldtrials_communitymeeting" ("withdrawn_by_id");
CREATE INDEX "programmes_objective_created_by_id_40488fd5" ON "programmes_objective" ("created_by_id");
CREATE INDEX "programmes_objective_project_id_cad53be5" ON "programmes_objective" ("project_id");
CREATE INDEX "programmes_objective_changed_by_id_bc3de352" ON "programmes_objective" ("changed_by_id");
CREATE INDEX "programmes_objective_withdrawn_by_id_df091fc1" ON "programmes_objective" ("withdrawn_by_id");
CREATE INDEX "programmes_potentialinnovator_created_by_id_f6475d0a" ON "programmes_potentialinnovator" ("created_by_id");
CREATE INDEX "programmes_potentialinnovator_organisation_id_196ca07d" ON "programmes_potentialinnovator" ("organisation_id");
CREATE INDEX "programmes_potentialinnovator_project_id_b3012d86" ON "programmes_potentialinnovator" ("project_id");
CREATE INDEX "programmes_potentialinnovator_changed_by_id_c7273eac" ON "programmes_potentialinnovator" ("changed_by_id");
CREATE INDEX "programmes_potentialinnovator_withdrawn_by_id_61f1b156" ON "programmes_potentialinnovator" ("withdrawn_by_id");
CREATE INDEX "programmes_problemstatement_created_by_id_fbc54a51" ON "programmes_problemstatement" ("created_by_id");
CREATE INDEX "programmes_problemstatement_project_id_4b32e911" ON "programmes_problemstatement" ("project_id");
CREATE INDEX "programmes_problemstatement_changed_by_id_722476ac" ON "programmes_problemstatement" ("changed_by_id");
CREATE INDEX "programmes_problemstatement_withdrawn_by_id_ab3bf427" ON "programmes_problemstatement" ("withdrawn_by_id");
CREATE INDEX "programmes_programme_lead_organisation_id_45932d7e" ON "programmes_programme" ("lead_organisation_id");
CREATE INDEX "programmes_programme_changed_by_id_5d0bc5f5" ON "programmes_programme" ("changed_by_id");
CREATE INDEX "programmes_workshop_created_by_id_21b570c8" ON "programmes_workshop" ("created_by_id");
CREATE INDEX "programmes_workshop_project_id_97176b02" ON "programmes_workshop" ("project_id");
CREATE INDEX "programmes_workshop_changed_by_id_f10d21f8" ON "programmes_workshop" ("changed_by_id");
CREATE INDEX "programmes_workshop_withdrawn_by_id_7a24c2b1" ON "programmes_workshop" ("withdrawn_by_id");
CREATE INDEX "programmes_creativeoption_created_by_id_a0bc492a" ON "programmes_creativeoption" ("created_by_id");
CREATE INDEX "programmes_creativeoption_decided_by_id_04725903" ON "programmes_creativeoption" ("decided_by_id");
CREATE INDEX "programmes_creativeoption_project_id_811f351e" ON "programmes_creativeoption" ("project_id");
CREATE INDEX "programmes_creativeoption_workshop_id_385ef9a8" ON "programmes_creativeoption" ("workshop_id");
CREATE INDEX "programmes_creativeoption_changed_by_id_7b914440" ON "programmes_creativeoption" ("changed_by_id");
CREATE INDEX "programmes_creativeoption_withdrawn_by_id_083d9b74" ON "programmes_creativeoption" ("withdrawn_by_id");
CREATE INDEX "programmes__project_a13672_idx" ON "programmes_creativeoption" ("project_id", "status");
CREATE UNIQUE INDEX "option_unique_title" ON "programmes_creativeoption" ("project_id", "title") WHERE "withdrawn_at" IS NULL;
CREATE INDEX "discussions_post_author_id_a44af7e2" ON "discussions_post" ("author_id");
CREATE INDEX "discussions_post_changed_by_id_bbb7af12" ON "discussions_post" ("changed_by_id");
CREATE INDEX "discussions_post_withdrawn_by_id_a556d865" ON "discussions_post" ("withdrawn_by_id");
CREATE INDEX "discussions_post_thread_id_9f04802e" ON "discussions_post" ("thread_id");
CREATE INDEX "discussions_thread_created_by_id_cddd5e6f" ON "discussions_thread" ("created_by_id");
CREATE INDEX "discussions_thread_field_trial_id_020365be" ON "discussions_thread" ("field_trial_id");
CREATE INDEX "discussions_thread_community_id_83a81e66" ON "discussions_thread" ("community_id");
CREATE INDEX "discussions_thread_option_id_20a81551" ON "discussions_thread" ("option_id");
CREATE INDEX "discussions_thread_project_id_5c5c9846" ON "discussions_thread" ("project_id");
CREATE INDEX "discussions_field_t_27b7d3_idx" ON "discussions_thread" ("field_trial_id", "last_posted_at" DESC);
CREATE INDEX "discussions_project_idx" ON "discussions_thread" ("project_id", "last_posted_at" DESC);
CREATE INDEX "discussions_option_idx" ON "discussions_thread" ("option_id", "last_posted_at" DESC);
CREATE INDEX "discussions_community_idx" ON "discussions_thread" ("community_id", "last_posted_at" DESC);
CREATE INDEX "discussions_postrevision_post_id_d68f5e15" ON "discussions_postrevision" ("post_id");
CREATE INDEX "discussions_postrevision_replaced_by_id_c7249c70" ON "discussions_postrevision" ("replaced_by_id");
CREATE INDEX "discussions_thread_monthly_update_id_e7bca818" ON "discussions_thread" ("monthly_update_id");
CREATE INDEX "discussions_attachment_post_id_17bc5b09" ON "discussions_attachment" ("post_id");
CREATE UNIQUE INDEX "evaluation_lesson_themes_lesson_id_tag_id_9b058325_uniq" ON "evaluation_lesson_themes" ("lesson_id", "tag_id");
CREATE INDEX "evaluation_lesson_themes_lesson_id_daa1edce" ON "evaluation_lesson_themes" ("lesson_id");
CREATE INDEX "evaluation_lesson_themes_tag_id_01e9e690" ON "evaluation_lesson_themes" ("tag_id");
CREATE INDEX "evaluation_boarddecision_meeting_id_d3a11fe6" ON "evaluation_boarddecision" ("meeting_id");
CREATE INDEX "evaluation_boarddecision_changed_by_id_f780dea3" ON "evaluation_boarddecision" ("changed_by_id");
CREATE INDEX "evaluation_boarddecision_withdrawn_by_id_4602fc69" ON "evaluation_boarddecision" ("withdrawn_by_id");
CREATE INDEX "evaluation_boardmeeting_board_id_56f4f39d" ON "evaluation_boardmeeting" ("board_id");
CREATE INDEX "evaluation_boardmeeting_changed_by_id_9223ab17" ON "evaluation_boardmeeting" ("changed_by_id");
CREATE INDEX "evaluation_boardmeeting_withdrawn_by_id_36c48f1c" ON "evaluation_boardmeeting" ("withdrawn_by_id");
CREATE INDEX "evaluation_casestudy_field_trial_id_11e5ea71" ON "evaluation_casestudy" ("field_trial_id");
CREATE INDEX "evaluation_casestudy_programme_id_1785e2e6" ON "evaluation_casestudy" ("programme_id");
CREATE INDEX "evaluation_casestudy_project_id_85e6c69d" ON "evaluation_casestudy" ("project_id");
CREATE INDEX "evaluation_casestudy_changed_by_id_fa2a29c3" ON "evaluation_casestudy" ("changed_by_id");
CREATE INDEX "evaluation_casestudy_withdrawn_by_id_a3371993" ON "evaluation_casestudy" ("withdrawn_by_id");
CREATE INDEX "evaluation_evaluationplan_changed_by_id_f2c2443d" ON "evaluation_evaluationplan" ("changed_by_id");
CREATE INDEX "evaluation_evaluationquestion_plan_id_4cfe586e" ON "evaluation_evaluationquestion" ("plan_id");
CREATE INDEX "evaluation_evaluationquestion_changed_by_id_c9f02c37" ON "evaluation_evaluationquestion" ("changed_by_id");
CREATE INDEX "evaluation_evaluationquestion_withdrawn_by_id_10baa12b" ON "evaluation_evaluationquestion" ("withdrawn_by_id");
CREATE INDEX "evaluation_highlightreport_author_id_ec6c2ac3" ON "evaluation_highlightreport" ("author_id");
CREATE INDEX "evaluation_highlightreport_programme_id_44408f97" ON "evaluation_highlightreport" ("programme_id");
CREATE INDEX "evaluation_highlightreport_project_id_1e967034" ON "evaluation_highlightreport" ("project_id");
CREATE INDEX "evaluation_highlightreport_group_id_fab62c7f" ON "evaluation_highlightreport" ("group_id");
CREATE INDEX "evaluation_highlightreport_changed_by_id_a5835a1d" ON "evaluation_highlightreport" ("changed_by_id");
CREATE INDEX "evaluation_highlightreport_withdrawn_by_id_881bd37e" ON "evaluation_highlightreport" ("withdrawn_by_id");
CREATE INDEX "evaluation_historicalmeasurement_id_17ef9cb3" ON "evaluation_historicalmeasurement" ("id");
CREATE INDEX "evaluation_historicalmeasurement_history_date_1a6cd96c" ON "evaluation_historicalmeasurement" ("history_date");
CREATE INDEX "evaluation_historicalmeasurement_entered_by_id_2aea3e32" ON "evaluation_historicalmeasurement" ("entered_by_id");
CREATE INDEX "evaluation_historicalmeasurement_history_user_id_810d84b0" ON "evaluation_historicalmeasurement" ("history_user_id");
CREATE INDEX "evaluation_historicalmeasurement_indicator_id_1cdf5980" ON "evaluation_historicalmeasurement" ("indicator_id");
CREATE INDEX "evaluation_historicalmeasurement_changed_by_id_95297eba" ON "evaluation_historicalmeasurement" ("changed_by_id");
CREATE INDEX "evaluation_historicalmeasurement_withdrawn_by_id_84181ea4" ON "evaluation_historicalmeasurement" ("withdrawn_by_id");
CREATE INDEX "evaluation_historicalobjective_id_f76b7b0f" ON "evaluation_historicalobjective" ("id");
CREATE INDEX "evaluation_historicalobjective_history_date_236da3dc" ON "evaluation_historicalobjective" ("history_date");
CREATE INDEX "evaluation_historicalobjective_created_by_id_a48dc59b" ON "evaluation_historicalobjective" ("created_by_id");
CREATE INDEX "evaluation_historicalobjective_field_trial_id_5f23e834" ON "evaluation_historicalobjective" ("field_trial_id");
CREATE INDEX "evaluation_historicalobjective_history_user_id_d608422e" ON "evaluation_historicalobjective" ("history_user_id");
CREATE INDEX "evaluation_historicalobjective_programme_id_af7a532b" ON "evaluation_historicalobjective" ("programme_id");
CREATE INDEX "evaluation_historicalobjective_project_id_5cd6bd53" ON "evaluation_historicalobjective" ("project_id");
CREATE INDEX "evaluation_historicalobjective_need_objective_id_fc0e1cec" ON "evaluation_historicalobjective" ("need_objective_id");
CREATE INDEX "evaluation_historicalobjective_changed_by_id_121bae27" ON "evaluation_historicalobjective" ("changed_by_id");
CREATE INDEX "evaluation_historicalobjective_withdrawn_by_id_bac9563d" ON "evaluation_historicalobjective" ("withdrawn_by_id");
CREATE INDEX "evaluation_historicalprogressentry_id_2a58273d" ON "evaluation_historicalprogressentry" ("id");
CREATE INDEX "evaluation_historicalprogressentry_history_date_d2d194bc" ON "evaluation_historicalprogressentry" ("history_date");
CREATE INDEX "evaluation_historicalprogressentry_history_user_id_7ac16cfd" ON "evaluation_historicalprogressentry" ("history_user_id");
CREATE INDEX "evaluation_historicalprogressentry_recorded_by_id_6e9c9e3e" ON "evaluation_historicalprogressentry" ("recorded_by_id");
CREATE INDEX "evaluation_historicalprogressentry_group_id_e4cf398e" ON "evaluation_historicalprogressentry" ("group_id");
CREATE INDEX "evaluation_historicalprogressentry_objective_id_7385b1b9" ON "evaluation_historicalprogressentry" ("objective_id");
CREATE INDEX "evaluation_historicalprogressentry_changed_by_id_4b18521e" ON "evaluation_historicalprogressentry" ("changed_by_id");
CREATE INDEX "evaluation_historicalprogressentry_withdrawn_by_id_520ae89a" ON "evaluation_historicalprogressentry" ("withdrawn_by_id");
CREATE INDEX "evaluation_independentevaluation_programme_id_32224159" ON "evaluation_independentevaluation" ("programme_id");
CREATE INDEX "evaluation_independentevaluation_changed_by_id_cab126e4" ON "evaluation_independentevaluation" ("changed_by_id");
CREATE INDEX "evaluation_independentevaluation_withdrawn_by_id_7fb80c54" ON "evaluation_independentevaluation" ("withdrawn_by_id");
CREATE INDEX "evaluation_lesson_field_trial_id_2195ee62" ON "evaluation_lesson" ("field_trial_id");
CREATE INDEX "evaluation_lesson_programme_id_b3f35092" ON "evaluation_lesson" ("programme_id");
CREATE INDEX "evaluation_lesson_project_id_14f976de" ON "evaluation_lesson" ("project_id");
CREATE INDEX "evaluation_lesson_recorded_by_id_cadbaa49" ON "evaluation_lesson" ("recorded_by_id");
CREATE INDEX "evaluation_lesson_changed_by_id_c4cd13eb" ON "evaluation_lesson" ("changed_by_id");
CREATE INDEX "evaluation_lesson_withdrawn_by_id_74c21427" ON "evaluation_lesson" ("withdrawn_by_id");
CREATE INDEX "evaluation_measurement_entered_by_id_af41d106" ON "evaluation_measurement" ("entered_by_id");
CREATE INDEX "evaluation_measurement_indicator_id_2c454ece" ON "evaluation_measurement" ("indicator_id");
CREATE INDEX "evaluation_measurement_changed_by_id_2a621c76" ON "evaluation_measurement" ("changed_by_id");
CREATE INDEX "evaluation_measurement_withdrawn_by_id_c5cda55c" ON "evaluation_measurement" ("withdrawn_by_id");
CREATE INDEX "evaluation_objective_created_by_id_4a98caf5" ON "evaluation_objective" ("created_by_id");
CREATE INDEX "evaluation_objective_field_trial_id_27af6133" ON "evaluation_objective" ("field_trial_id");
CREATE INDEX "evaluation_objective_programme_id_0d150cdb" ON "evaluation_objective" ("programme_id");
CREATE INDEX "evaluation_objective_project_id_85b16db4" ON "evaluation_objective" ("project_id");
CREATE INDEX "evaluation_objective_changed_by_id_41f5b3f9" ON "evaluation_objective" ("changed_by_id");
CREATE INDEX "evaluation_objective_withdrawn_by_id_418b18c9" ON "evaluation_objective" ("withdrawn_by_id");
CREATE INDEX "evaluation_partnercontribution_entered_by_id_7dda21fd" ON "evaluation_partnercontribution" ("entered_by_id");
CREATE INDEX "evaluation_partnercontribution_organisation_id_1fc0146e" ON "evaluation_partnercontribution" ("organisation_id");
CREATE INDEX "evaluation_partnercontribution_programme_id_a9306f89" ON "evaluation_partnercontribution" ("programme_id");
CREATE INDEX "evaluation_partnercontribution_project_id_edafd6a4" ON "evaluation_partnercontribution" ("project_id");
CREATE INDEX "evaluation_partnercontribution_changed_by_id_1782b032" ON "evaluation_partnercontribution" ("changed_by_id");
CREATE INDEX "evaluation_partnercontribution_withdrawn_by_id_d852e1f2" ON "evaluation_partnercontribution" ("withdrawn_by_id");
CREATE INDEX "evaluation_partnershipboard_chair_id_dffc0f1b" ON "evaluation_partnershipboard" ("chair_id");
CREATE INDEX "evaluation_partnershipboard_changed_by_id_9cc10a25" ON "evaluation_partnershipboard" ("changed_by_id");
CREATE INDEX "evaluation_policyevidence_given_by_id_83d3975b" ON "evaluation_policyevidence" ("given_by_id");
CREATE INDEX "evaluation_policyevidence_programme_id_dbd643d5" ON "evaluation_policyevidence" ("programme_id");
CREATE INDEX "evaluation_policyevidence_changed_by_id_42d3b313" ON "evaluation_policyevidence" ("changed_by_id");
CREATE INDEX "evaluation_policyevidence_withdrawn_by_id_3e8a67df" ON "evaluation_policyevidence" ("withdrawn_by_id");
CREATE INDEX "evaluation_progressentry_group_id_07eab140" ON "evaluation_progressentry" ("group_id");
CREATE INDEX "evaluation_progressentry_objective_id_0f2c6952" ON "evaluation_progressentry" ("objective_id");
CREATE INDEX "evaluation_progressentry_recorded_by_id_0e41d94a" ON "evaluation_progressentry" ("recorded_by_id");
CREATE INDEX "evaluation_progressentry_changed_by_id_94963d78" ON "evaluation_progressentry" ("changed_by_id");
CREATE INDEX "evaluation_progressentry_withdrawn_by_id_79d2924f" ON "evaluation_progressentry" ("withdrawn_by_id");
CREATE INDEX "evaluation_successcriterion_programme_id_d05ccc4d" ON "evaluation_successcriterion" ("programme_id");
CREATE INDEX "evaluation_successcriterion_changed_by_id_95bdd0a5" ON "evaluation_successcriterion" ("changed_by_id");
CREATE INDEX "evaluation_successcriterion_withdrawn_by_id_0a9e56e9" ON "evaluation_successcriterion" ("withdrawn_by_id");
CREATE INDEX "evaluation_takeup_case_study_id_badb1f0c" ON "evaluation_takeup" ("case_study_id");
CREATE INDEX "evaluation_takeup_lesson_id_863b9a3e" ON "evaluation_takeup" ("lesson_id");
CREATE INDEX "evaluation_takeup_organisation_id_3d4ca186" ON "evaluation_takeup" ("organisation_id");
CREATE INDEX "evaluation_takeup_recorded_by_id_05576c4d" ON "evaluation_takeup" ("recorded_by_id");
CREATE INDEX "evaluation_takeup_changed_by_id_b867cd8e" ON "evaluation_takeup" ("changed_by_id");
CREATE INDEX "evaluation_takeup_withdrawn_by_id_7520172b" ON "evaluation_takeup" ("withdrawn_by_id");
CREATE INDEX "evaluation_boardmember_organisation_id_b0ebe76d" ON "evaluation_boardmember" ("organisation_id");
CREATE INDEX "evaluation_boardmember_board_id_1ee0cba5" ON "evaluation_boardmember" ("board_id");
CREATE INDEX "evaluation_boardmember_changed_by_id_ddaa2fe8" ON "evaluation_boardmember" ("changed_by_id");
CREATE INDEX "evaluation_boardmember_withdrawn_by_id_0dad0297" ON "evaluation_boardmember" ("withdrawn_by_id");
CREATE INDEX "evaluation_indicator_field_trial_id_a5c68b3b" ON "evaluation_indicator" ("field_trial_id");
CREATE INDEX "evaluation_indicator_changed_by_id_15516fec" ON "evaluation_indicator" ("changed_by_id");
CREATE INDEX "evaluation_indicator_withdrawn_by_id_82132489" ON "evaluation_indicator" ("withdrawn_by_id");
CREATE INDEX "evaluation_localitygroup_programme_id_b9d4860e" ON "evaluation_localitygroup" ("programme_id");
CREATE INDEX "evaluation_localitygroup_changed_by_id_f0286dd2" ON "evaluation_localitygroup" ("changed_by_id");
CREATE INDEX "evaluation_localitygroup_withdrawn_by_id_657c219c" ON "evaluation_localitygroup" ("withdrawn_by_id");
CREATE UNIQUE INDEX "board_member_once" ON "evaluation_boardmember" ("board_id", "organisation_id") WHERE "withdrawn_at" IS NULL;
CREATE UNIQUE INDEX "indicator_unique_name" ON "evaluation_indicator" ("field_trial_id", "name") WHERE "withdrawn_at" IS NULL;
CREATE UNIQUE INDEX "locality_group_once" ON "evaluation_localitygroup" ("programme_id", "name") WHERE "withdrawn_at" IS NULL;
CREATE UNIQUE INDEX "tag_name_once_any_case" ON "evaluation_tag" ((LOWER("name")));
CREATE UNIQUE INDEX "measurement_once_a_day" ON "evaluation_measurement" ("indicator_id", "measured_on") WHERE "withdrawn_at" IS NULL;
CREATE INDEX "fieldtrials_risk_created_by_id_a5731ba4" ON "fieldtrials_risk" ("created_by_id");
CREATE INDEX "fieldtrials_risk_field_trial_id_0260d4db" ON "fieldtrials_risk" ("field_trial_id");
CREATE INDEX "fieldtrials_risk_changed_by_id_742e55c8" ON "fieldtrials_risk" ("changed_by_id");
CREATE INDEX "fieldtrials_risk_withdrawn_by_id_9c93ebd6" ON "fieldtrials_risk" ("withdrawn_by_id");
CREATE UNIQUE INDEX "risk_open_once" ON "fieldtrials_risk" ("field_trial_id", "description_key") WHERE ("is_open" AND "withdrawn_at" IS NULL);
CREATE INDEX "fieldtrials_milestone_created_by_id_f8a7bd19" ON "fieldtrials_milestone" ("created_by_id");
CREATE INDEX "fieldtrials_milestone_field_trial_id_5c6d6da7" ON "fieldtrials_milestone" ("field_trial_id");
CREATE INDEX "fieldtrials_milestone_changed_by_id_395f8710" ON "fieldtrials_milestone" ("changed_by_id");
CREATE INDEX "fieldtrials_milestone_withdrawn_by_id_47f9adc9" ON "fieldtrials_milestone" ("withdrawn_by_id");
CREATE INDEX "fieldtrials_field_t_bc64cc_idx" ON "fieldtrials_milestone" ("field_trial_id", "completed_on", "due_on");
CREATE UNIQUE INDEX "milestone_once_a_day" ON "fieldtrials_milestone" ("field_trial_id", "title_key", "due_on") WHERE "withdrawn_at" IS NULL;
CREATE INDEX "fieldtrials_historicalpowertoinnovaterequest_id_c520c9f0" ON "fieldtrials_historicalpowertoinnovaterequest" ("id");
CREATE INDEX "fieldtrials_historicalpowertoinnovaterequest_history_date_a087f72a" ON "fieldtrials_historicalpowertoinnovaterequest" ("history_date");
CREATE INDEX "fieldtrials_historicalpowertoinnovaterequest_created_by_id_dbb94e28" ON "fieldtrials_historicalpowertoinnovaterequest" ("created_by_id");
CREATE INDEX "fieldtrials_historicalpowertoinnovaterequest_field_trial_id_93bcc849" ON "fieldtrials_historicalpowertoinnovaterequest" ("field_trial_id");
CREATE INDEX "fieldtrials_historicalpowertoinnovaterequest_history_user_id_24ebcfff" ON "fieldtrials_historicalpowertoinnovaterequest" ("history_user_id");
CREATE INDEX "fieldtrials_historicalpowertoinnovaterequest_changed_by_id_9360593e" ON "fieldtrials_historicalpowertoinnovaterequest" ("changed_by_id");
CREATE INDEX "fieldtrials_historicalpowertoinnovaterequest_withdrawn_by_id_031591d7" ON "fieldtrials_historicalpowertoinnovaterequest" ("withdrawn_by_id");
CREATE INDEX "fieldtrials_powertoinnovaterequest_created_by_id_845ae085" ON "fieldtrials_powertoinnovaterequest" ("created_by_id");
CREATE INDEX "fieldtrials_powertoinnovaterequest_field_trial_id_28ec8dbf" ON "fieldtrials_powertoinnovaterequest" ("field_trial_id");
CREATE INDEX "fieldtrials_powertoinnovaterequest_changed_by_id_7cd0d586" ON "fieldtrials_powertoinnovaterequest" ("changed_by_id");
CREATE INDEX "fieldtrials_powertoinnovaterequest_withdrawn_by_id_07aa51b9" ON "fieldtrials_powertoinnovaterequest" ("withdrawn_by_id");
CREATE INDEX "fieldtrials_state_e52a30_idx" ON "fieldtrials_powertoinnovaterequest" ("state");
CREATE INDEX "digest_user_recent" ON "following_digest" ("user_id", "claimed_at" DESC);
CREATE INDEX "following_digest_user_id_4b00d1af" ON "following_digest" ("user_id");
CREATE INDEX "following_digestitem_digest_id_4dbe5c38" ON "following_digestitem" ("digest_id");
CREATE INDEX "following_digestitem_event_id_d588a72e" ON "following_digestitem" ("event_id");
CREATE INDEX "following_digestitem_user_id_53c67f33" ON "following_digestitem" ("user_id");
CREATE INDEX "following_follow_community_id_adbe0101" ON "following_follow" ("community_id");
CREATE INDEX "following_follow_field_trial_id_3274370d" ON "following_follow" ("field_trial_id");
CREATE INDEX "following_follow_project_id_252d03da" ON "following_follow" ("project_id");
CREATE INDEX "following_follow_user_id_8efc77f1" ON "following_follow" ("user_id");
CREATE UNIQUE INDEX "follow_once_per_project" ON "following_follow" ("user_id", "project_id") WHERE "project_id" IS NOT NULL;
CREATE UNIQUE INDEX "follow_once_per_field_trial" ON "following_follow" ("user_id", "field_trial_id") WHERE "field_trial_id" IS NOT NULL;
CREATE UNIQUE INDEX "follow_once_per_community" ON "following_follow" ("user_id", "community_id") WHERE "community_id" IS NOT NULL;
CREATE INDEX "programmes_project_lead_officer_id_78d0d5dd" ON "programmes_project" ("lead_officer_id");
CREATE INDEX "programmes_project_partner_agency_id_c05b9286" ON "programmes_project" ("partner_agency_id");
CREATE INDEX "programmes_project_programme_id_af59bfc6" ON "programmes_project" ("programme_id");
CREATE INDEX "programmes_project_narrative_updated_by_id_efeead41" ON "programmes_project" ("narrative_updated_by_id");
CREATE INDEX "programmes_project_changed_by_id_19bc581c" ON "programmes_project" ("changed_by_id");
CREATE INDEX "programmes_project_withdrawn_by_id_37f2239a" ON "programmes_project" ("withdrawn_by_id");
CREATE UNIQUE INDEX "project_unique_title" ON "programmes_project" ("programme_id", "title") WHERE "withdrawn_at" IS NULL;
CREATE INDEX "programmes_datasource_created_by_id_2d265267" ON "programmes_datasource" ("created_by_id");
CREATE INDEX "programmes_datasource_project_id_0252112f" ON "programmes_datasource" ("project_id");
CREATE INDEX "programmes_datasource_changed_by_id_ef3e48aa" ON "programmes_datasource" ("changed_by_id");
CREATE INDEX "programmes_datasource_withdrawn_by_id_803a59bf" ON "programmes_datasource" ("withdrawn_by_id");
CREATE INDEX "reports_monthlyreportoptout_person_id_72a64106" ON "reports_monthlyreportoptout" ("person_id");
CREATE INDEX "reports_monthlyreportoptout_project_id_3482c675" ON "reports_monthlyreportoptout" ("project_id");
CREATE UNIQUE INDEX "one_monthly_report_a_month" ON "reports_report" ("project_id", "period") WHERE "kind" = 'monthly';
CREATE UNIQUE INDEX "one_pending_report_per_person_period_and_programme" ON "reports_report" ("programme_id", "requested_by_id", "covers_from", "covers_to") WHERE ("kind" = 'on_request' AND "state" = 'preparing');
CREATE UNIQUE INDEX "one_pending_report_per_person_period_and_project" ON "reports_report" ("project_id", "requested_by_id", "covers_from", "covers_to") WHERE ("kind" = 'on_request' AND "state" = 'preparing');
CREATE UNIQUE INDEX "one_pending_report_per_person_period_and_field_trial" ON "reports_report" ("field_trial_id", "requested_by_id", "covers_from", "covers_to") WHERE ("kind" = 'on_request' AND "state" = 'preparing');
CREATE INDEX "reports_report_field_trial_id_ecb879b6" ON "reports_report" ("field_trial_id");
CREATE INDEX "reports_report_programme_id_554db874" ON "reports_report" ("programme_id");
CREATE INDEX "reports_report_project_id_8c592e0e" ON "reports_report" ("project_id");
CREATE INDEX "reports_report_requested_by_id_0c7d4253" ON "reports_report" ("requested_by_id");
CREATE INDEX "reports_report_withdrawn_by_id_658f4865" ON "reports_report" ("withdrawn_by_id");
CREATE INDEX "reports_rep_state_14b7cf_idx" ON "reports_report" ("state", "requested_at");
CREATE INDEX "django_session_expire_date_a5c62663" ON "django_session" ("expire_date");
CREATE INDEX "toolkit_participation_exercise_id_ff0a685e" ON "toolkit_participation" ("exercise_id");
CREATE INDEX "toolkit_participation_user_id_442fb1d5" ON "toolkit_participation" ("user_id");
CREATE INDEX "toolkit_tool_latest_id_6e74540e" ON "toolkit_tool" ("latest_id");
CREATE INDEX "toolkit_answer_participation_id_82547aaf" ON "toolkit_answer" ("participation_id");
CREATE INDEX "toolkit_toolversion_created_by_id_df4a4fa0" ON "toolkit_toolversion" ("created_by_id");
CREATE INDEX "toolkit_toolversion_tool_id_7517f0d7" ON "toolkit_toolversion" ("tool_id");
CREATE INDEX "toolkit_exercise_facilitator_id_ac933eaa" ON "toolkit_exercise" ("facilitator_id");
CREATE INDEX "toolkit_exercise_field_trial_id_c3383a21" ON "toolkit_exercise" ("field_trial_id");
CREATE INDEX "toolkit_exercise_tool_id_3adb54ae" ON "toolkit_exercise" ("tool_id");
CREATE INDEX "toolkit_exercise_concluded_by_id_a87c3333" ON "toolkit_exercise" ("concluded_by_id");
CREATE INDEX "toolkit_exercise_workshop_id_6fd0392d" ON "toolkit_exercise" ("workshop_id");
CREATE INDEX "toolkit_exercise_tool_version_id_3735a52a" ON "toolkit_exercise" ("tool_version_id");
CREATE INDEX "toolkit_exercise_local_authority_id_96cc6ab9" ON "toolkit_exercise" ("local_authority_id");
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('django_migrations',156);
INSERT INTO "sqlite_sequence" VALUES('django_content_type',104);
INSERT INTO "sqlite_sequence" VALUES('auth_permission',416);
INSERT INTO "sqlite_sequence" VALUES('auth_group',0);
INSERT INTO "sqlite_sequence" VALUES('search_searchdocument',0);
INSERT INTO "sqlite_sequence" VALUES('accounts_organisation',0);
INSERT INTO "sqlite_sequence" VALUES('programmes_projectmembership',0);
INSERT INTO "sqlite_sequence" VALUES('fieldtrials_fieldtrialmembership',0);
INSERT INTO "sqlite_sequence" VALUES('fieldtrials_fieldtrial',0);
INSERT INTO "sqlite_sequence" VALUES('fieldtrials_trialstatuschange',0);
INSERT INTO "sqlite_sequence" VALUES('fieldtrials_resourcedomain',4);
INSERT INTO "sqlite_sequence" VALUES('django_celery_beat_periodictask',10);
INSERT INTO "sqlite_sequence" VALUES('django_celery_beat_crontabschedule',8);
INSERT INTO "sqlite_sequence" VALUES('accounts_notification',0);
INSERT INTO "sqlite_sequence" VALUES('accounts_event',0);
INSERT INTO "sqlite_sequence" VALUES('accounts_invitation',0);
INSERT INTO "sqlite_sequence" VALUES('accounts_user',0);
INSERT INTO "sqlite_sequence" VALUES('django_admin_log',0);
INSERT INTO "sqlite_sequence" VALUES('axes_accessattempt',0);
INSERT INTO "sqlite_sequence" VALUES('axes_accesslog',0);
INSERT INTO "sqlite_sequence" VALUES('fieldtrials_historicalsupportsession',0);
INSERT INTO "sqlite_sequence" VALUES('fieldtrials_supportsession',0);
INSERT INTO "sqlite_sequence" VALUES('fieldtrials_brokeredrelationship',0);
INSERT INTO "sqlite_sequence" VALUES('fieldtrials_historicalbrokeredrelationship',0);
INSERT INTO "sqlite_sequence" VALUES('fieldtrials_historicalmilestone',0);
INSERT INTO "sqlite_sequence" VALUES('fieldtrials_historicalofferuse',0);
INSERT INTO "sqlite_sequence" VALUES('fieldtrials_historicalrisk',0);
INSERT INTO "sqlite_sequence" VALUES('fieldtrials_offeruse',0);
INSERT INTO "sqlite_sequence" VALUES('communities_communityspace',0);
INSERT INTO "sqlite_sequence" VALUES('django_celery_beat_intervalschedule',1);
INSERT INTO "sqlite_sequence" VALUES('fieldtrials_historicalmonthlyupdate',0);
INSERT INTO "sqlite_sequence" VALUES('fieldtrials_monthlyupdate',0);
INSERT INTO "sqlite_sequence" VALUES('fieldtrials_communitymeeting',0);
INSERT INTO "sqlite_sequence" VALUES('programmes_objective',0);
INSERT INTO "sqlite_sequence" VALUES('programmes_potentialinnovator',0);
INSERT INTO "sqlite_sequence" VALUES('programmes_problemstatement',0);
INSERT INTO "sqlite_sequence" VALUES('programmes_programme',0);
INSERT INTO "sqlite_sequence" VALUES('programmes_workshop',0);
INSERT INTO "sqlite_sequence" VALUES('programmes_creativeoption',0);
INSERT INTO "sqlite_sequence" VALUES('discussions_thread',0);
INSERT INTO "sqlite_sequence" VALUES('discussions_postrevision',0);
INSERT INTO "sqlite_sequence" VALUES('discussions_attachment',0);
INSERT INTO "sqlite_sequence" VALUES('evaluation_boarddecision',0);
INSERT INTO "sqlite_sequence" VALUES('evaluation_boardmeeting',0);
INSERT INTO "sqlite_sequence" VALUES('evaluation_casestudy',0);
INSERT INTO "sqlite_sequence" VALUES('evaluation_evaluationplan',0);
INSERT INTO "sqlite_sequence" VALUES('evaluation_evaluationquestion',0);
INSERT INTO "sqlite_sequence" VALUES('evaluation_highlightreport',0);
INSERT INTO "sqlite_sequence" VALUES('evaluation_historicalmeasurement',0);
INSERT INTO "sqlite_sequence" VALUES('evaluation_historicalobjective',0);
INSERT INTO "sqlite_sequence" VALUES('evaluation_historicalprogressentry',0);
INSERT INTO "sqlite_sequence" VALUES('evaluation_independentevaluation',0);
INSERT INTO "sqlite_sequence" VALUES('evaluation_lesson',0);
INSERT INTO "sqlite_sequence" VALUES('evaluation_measurement',0);
INSERT INTO "sqlite_sequence" VALUES('evaluation_objective',0);
INSERT INTO "sqlite_sequence" VALUES('evaluation_partnercontribution',0);
INSERT INTO "sqlite_sequence" VALUES('evaluation_partnershipboard',0);
INSERT INTO "sqlite_sequence" VALUES('evaluation_policyevidence',0);
INSERT INTO "sqlite_sequence" VALUES('evaluation_progressentry',0);
INSERT INTO "sqlite_sequence" VALUES('evaluation_successcriterion',0);
INSERT INTO "sqlite_sequence" VALUES('evaluation_takeup',0);
INSERT INTO "sqlite_sequence" VALUES('evaluation_boardmember',0);
INSERT INTO "sqlite_sequence" VALUES('evaluation_indicator',0);
INSERT INTO "sqlite_sequence" VALUES('evaluation_localitygroup',0);
INSERT INTO "sqlite_sequence" VALUES('evaluation_tag',0);
INSERT INTO "sqlite_sequence" VALUES('fieldtrials_risk',0);
INSERT INTO "sqlite_sequence" VALUES('fieldtrials_milestone',0);
INSERT INTO "sqlite_sequence" VALUES('fieldtrials_historicalpowertoinnovaterequest',0);
INSERT INTO "sqlite_sequence" VALUES('fieldtrials_powertoinnovaterequest',0);
INSERT INTO "sqlite_sequence" VALUES('following_digestitem',0);
INSERT INTO "sqlite_sequence" VALUES('following_follow',0);
INSERT INTO "sqlite_sequence" VALUES('programmes_project',0);
INSERT INTO "sqlite_sequence" VALUES('programmes_datasource',0);
INSERT INTO "sqlite_sequence" VALUES('reports_report',0);
INSERT INTO "sqlite_sequence" VALUES('toolkit_participation',0);
INSERT INTO "sqlite_sequence" VALUES('toolkit_tool',0);
INSERT INTO "sqlite_sequence" VALUES('toolkit_toolversion',0);
INSERT INTO "sqlite_sequence" VALUES('toolkit_exercise',0);
COMMIT;
